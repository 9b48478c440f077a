import Foundation
import Yams

extension DocumentReader {
    /// " (write 0.8 for 80%)" when a number is written as a percentage, else "".
    static func percentHint(_ node: Node) -> String {
        guard case let .scalar(scalar) = node else { return "" }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%"), let percent = Double(text.dropLast().trimmingCharacters(in: .whitespaces)), percent.isFinite else { return "" }
        let fraction = (percent / 100 * 1e6).rounded() / 1e6
        let shown = fraction == fraction.rounded() && abs(fraction) < 1e15 ? String(Int(fraction)) : String(fraction)
        return " (write \(shown) for \(text); probabilities and shares are fractions from 0 to 1)"
    }
}
