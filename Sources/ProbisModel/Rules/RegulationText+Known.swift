extension RegulationText {
    /// Every regulation text of the library (the seed files in `docs/regulations/`): what `source:` may name.
    public static let all = [provinsiJambi, kotaJambi, bungo, banten, kaltim]
}
