import DealdeskCore
import Foundation

extension InvoiceView {
  /// The line under a document asked to be sent: to whom, and that the desk sends nothing
  /// itself yet, so the manager never believes a client got a document the desk only showed.
  static func readyToSend(_ desk: Desk, order id: String) -> String {
    guard let order = desk.orders[id], let client = desk.clients[order.clientId] else { return "Ready to send." }
    let email = client.contacts.compactMap(\.email).first.map { " at \($0)" } ?? " (no email on file)"
    let notice = "the desk does not send documents yet — copy it into your email."
    guard desk.invoice(of: id) != nil else {
      return "\(id) is not invoiced yet (the invoice is issued when it ships): the order as it stands is ready to send to \(client.name)\(email) as a confirmation; \(notice)"
    }
    return "Ready to send to \(client.name)\(email): \(notice)"
  }
}
