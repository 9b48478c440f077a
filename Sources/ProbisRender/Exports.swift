/// The pure first stage (DOT encoding, the render plan, the formats) comes with the renderer, so that code
/// that renders needs one import.
@_exported import ProbisDOT
