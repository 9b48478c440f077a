import ProbisModel

extension Qualifications {
    /// Education levels from lowest to highest; D-IV counts as S1.
    static let educationRanks: [String: Int] = [
        "SD": 0, "SMP": 1, "SLTP": 1, "SMA": 2, "SMK": 2, "SLTA": 2, "D1": 3, "D-I": 3, "D2": 4, "D-II": 4,
        "D3": 5, "D-III": 5, "D4": 6, "D-IV": 6, "S1": 6, "S2": 7, "S3": 8,
    ]

    /// A golongan ruang such as `III/b` as a comparable number (III/b → 32), or nil if it cannot be read.
    static func gradeRank(_ grade: String) -> Int? {
        let parts = grade.uppercased().replacingSlashes().split(separator: "/")
        guard parts.count == 2, let letter = parts[1].first, let roman = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5][String(parts[0])],
              let ruang = "ABCDE".firstIndex(of: letter) else { return nil }
        return roman * 10 + "ABCDE".distance(from: "ABCDE".startIndex, to: ruang)
    }

    /// What a pelaksana lacks to lead a team under Banten Pasal 10 ayat (3): S1, golongan III/b, experience.
    static func teamLeaderShortfalls(_ qualifications: Qualifications?) -> [String] {
        var missing: [String] = []
        let education = qualifications?.education.flatMap { educationRanks[$0.uppercased()] } ?? -1
        if education < educationRanks["S1"]! { missing.append("education S1") }
        let grade = qualifications?.grade.flatMap(gradeRank) ?? -1
        if grade < gradeRank("III/b")! { missing.append("golongan III/b") }
        if qualifications?.experience != true { missing.append("relevant experience") }
        return missing
    }
}

private extension String {
    /// "III b", "III-b" and "III/b" read alike.
    func replacingSlashes() -> String {
        String(map { $0 == " " || $0 == "-" ? "/" : $0 })
    }
}
