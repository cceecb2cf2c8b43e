import DealdeskCore
import DealdeskLanguage

/// The record last talked about, which "it" means when it is of the kind a verb needs
/// (RecordReference.swift): the offer, order, hold or complaint a command made or moved,
/// or a question looked at.
extension Event {
  var record: String? {
    switch self {
    case .orderPlaced(let order): order.id
    case .orderApproved(let id, _), .orderShipped(let id, _, _), .orderDelivered(let id, _), .orderCancelled(let id, _): id
    case .reservationMade(let hold): hold.id
    case .reservationReleased(let id, _), .holdExtended(let id, _): id
    case .complaintFiled(let complaint): complaint.id
    case .complaintResolved(let id, _, _, _): id
    default: offer
    }
  }
}

extension Question {
  var record: String? {
    switch self {
    case .offer(let id), .diff(let id, _, _): id
    case .invoice(let order): order
    default: nil
    }
  }
}
