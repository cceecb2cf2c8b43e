import DealdeskCore
import Foundation

extension InvoiceView {
  /// The line under a document asked to be sent: to whom, and that the desk sends nothing
  /// itself yet, so the manager never believes a client got a document the desk only showed.
  static func readyToSend(_ desk: Desk, order id: String) -> String {
    guard let order = desk.orders[id], let client = desk.clients[order.clientId] else { return "Ready to send." }
    let email = client.contacts.compactMap(\.email).first.map { " at \($0)" } ?? " (no email on file)"
    return "Ready to send to \(client.name)\(email): the desk does not send documents yet — copy it into your email."
  }
}
