import DealdeskCore
import DealdeskStore
import Foundation

/// `dealdesk repair`: the store's repair for this desk's types, then a look at the result
/// to show the manager that the desk opens again and what is in it.
public enum DeskRepair {
  public struct Outcome: Sendable {
    /// What was done (or why not), a sentence a line.
    public var text: String
    /// False when repair refused or the desk still does not open.
    public var succeeded: Bool
  }

  public static func run(at directory: URL, startEmpty: Bool = false) -> Outcome {
    let report: RepairReport
    do {
      report = try DeskStore<Desk, JournalRecord>.repair(
        directory: directory, formatVersion: Session.formatVersion, emptySnapshot: Desk(), startEmpty: startEmpty)
    } catch {
      return Outcome(text: error.message, succeeded: false)
    }
    guard report.changed else { return Outcome(text: report.sentences.joined(separator: "\n"), succeeded: true) }
    // Read-only, so the look itself changes nothing.
    do {
      let session = try Session.open(at: directory, mode: .readOnly)
      defer { _ = session.close() }
      let lines = report.sentences + ["The desk opens again: \(summary(session.desk))."]
      return Outcome(text: lines.joined(separator: "\n"), succeeded: true)
    } catch {
      let lines = report.sentences + ["The desk still does not open:", error.message]
      return Outcome(text: lines.joined(separator: "\n"), succeeded: false)
    }
  }

  /// "3 clients, 2 products, 4 offers, 1 order".
  static func summary(_ desk: Desk) -> String {
    [(desk.clients.count, "client"), (desk.products.count, "product"), (desk.offers.count, "offer"), (desk.orders.count, "order")]
      .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
      .joined(separator: ", ")
  }
}
