/// "Did you mean …?" suggestions by edit distance, like argument-parser's for unknown options.
public enum Suggestion {
    /// The candidate closest to a misspelled word, if it is close enough to be the obvious fix: at most
    /// a third of the word's length in edits (at least 1, at most 3), ties to the earlier candidate; else
    /// the one candidate that shares the word's first half (at least 4 characters).
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate ?? sharedStart(of: word, in: candidates)
    }

    /// The one candidate that starts like the word over at least 4 characters and half the word, e.g.
    /// `durations` for `durasi` (a shortened or translated key that is too far off by edits).
    private static func sharedStart<S: Sequence>(of word: String, in candidates: S) -> String? where S.Element == String {
        let needed = max(4, (word.count + 1) / 2)
        var best: (candidate: String, length: Int)?, tie = false
        for candidate in candidates where candidate != word {
            let length = zip(word, candidate).prefix { $0 == $1 }.count
            guard length >= needed else { continue }
            if length > (best?.length ?? 0) {
                best = (candidate, length)
                tie = false
            } else if length == best?.length {
                tie = true
            }
        }
        return tie ? nil : best?.candidate
    }

    /// " (did you mean 'x'?)" or "".
    public static func hint<S: Sequence>(for word: String, in candidates: S) -> String where S.Element == String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance over Unicode scalars, giving up (returning `limit + 1`) once it exceeds `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit &+ 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit &+ 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
