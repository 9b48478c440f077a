extension Double {
    /// The number as the library's files write it: a whole number without a needless `.0` (`3`, `0.25`,
    /// `1e+20`), decimal point, no thousands separators. Shared by the YAML writer and the Anjab-ABK table writer.
    public var plainText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
