import DealdeskCore
import Foundation

/// `lost deals`: why offers end without a sale, counted, so the manager sees the pattern.
enum LostDealsView {
  static func render(_ desk: Desk) -> String {
    let closed = desk.offersInOrder.filter { $0.status == .lost || $0.status == .declined }
    guard !closed.isEmpty else { return "No offer has been declined or lost." }
    var out = ["Declined or lost: \(closed.count) offer\(closed.count == 1 ? "" : "s")"]
    out.append(counted("competitor", closed.map { $0.lostTo ?? ($0.status == .declined ? "(declined)" : "(not said)") }))
    out.append(counted("reason", closed.map { $0.closeReason.map(normalised) ?? "(not said)" }))
    return out.joined(separator: "\n")
  }

  /// Reasons typed differently ("Price", "price.") count together.
  private static func normalised(_ reason: String) -> String {
    reason.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).lowercased()
  }

  private static func counted(_ title: String, _ values: [String]) -> String {
    var counts: [(String, Int)] = []
    for value in values {
      if let i = counts.firstIndex(where: { $0.0 == value }) { counts[i].1 += 1 } else { counts.append((value, 1)) }
    }
    var table = Table([title, "offers"], align: [.left, .right])
    for (value, count) in counts.sorted(by: { ($1.1, $0.0) < ($0.1, $1.0) }) { table.add([value, "\(count)"]) }
    return table.render()
  }
}
