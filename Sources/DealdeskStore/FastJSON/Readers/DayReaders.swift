import DealdeskCore
import Foundation

// Notes, follow-ups and payments as synthesized `Decodable` reads them (TapeReadable.swift).

extension Note: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Note? {
    var id: String?, client: String?, kind: NoteKind?, text: String?, at: Date?, durationMinutes: Int?, followUps: [String]?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "id": id = tape.string(value)
      case "client": client = tape.string(value)
      case "kind": kind = tape.string(value).flatMap(NoteKind.init(rawValue:))
      case "text": text = tape.string(value)
      case "at": at = tape.date(value)
      case "durationMinutes": guard let v = tape.optional(value, tape.int) else { return false }; durationMinutes = v
      case "followUps":
        guard let v = tape.optional(value, { tape.array($0, tape.string) }) else { return false }
        followUps = v
      default: return false
      }
      return true
    }
    guard known, let id, let client, let kind, let text, let at else { return nil }
    return Note(id: id, client: client, kind: kind, text: text, at: at, durationMinutes: durationMinutes, followUps: followUps)
  }
}

extension FollowUp: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> FollowUp? {
    var id: String?, client: String?, due: Date?, dueHasTime: Bool?, text: String?, status: FollowUpStatus?, createdAt: Date?
    var doneAt: Date?, snoozedFrom: Date?, missedDeadline: Date?, assignee: String?, from: String?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "id": id = tape.string(value)
      case "client": client = tape.string(value)
      case "due": due = tape.date(value)
      case "dueHasTime": dueHasTime = tape.bool(value)
      case "text": text = tape.string(value)
      case "status": status = tape.string(value).flatMap(FollowUpStatus.init(rawValue:))
      case "createdAt": createdAt = tape.date(value)
      case "doneAt": guard let v = tape.optional(value, tape.date) else { return false }; doneAt = v
      case "snoozedFrom": guard let v = tape.optional(value, tape.date) else { return false }; snoozedFrom = v
      case "missedDeadline": guard let v = tape.optional(value, tape.date) else { return false }; missedDeadline = v
      case "assignee": guard let v = tape.optional(value, tape.string) else { return false }; assignee = v
      case "from": guard let v = tape.optional(value, tape.string) else { return false }; from = v
      default: return false
      }
      return true
    }
    guard known, let id, let client, let due, let dueHasTime, let text, let status, let createdAt else { return nil }
    var followUp = FollowUp(
      id: id, client: client, due: due, dueHasTime: dueHasTime, text: text, status: status, createdAt: createdAt,
      doneAt: doneAt, snoozedFrom: snoozedFrom, assignee: assignee, from: from)
    followUp.missedDeadline = missedDeadline
    return followUp
  }
}

extension Payment: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Payment? {
    var id: String?, clientId: String?, order: String?, amount: Decimal?, at: Date?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "id": id = tape.string(value)
      case "clientId": clientId = tape.string(value)
      case "order": guard let v = tape.optional(value, tape.string) else { return false }; order = v
      case "amount": amount = tape.decimal(value)
      case "at": at = tape.date(value)
      default: return false
      }
      return true
    }
    guard known, let id, let clientId, let amount, let at else { return nil }
    return Payment(id: id, clientId: clientId, order: order, amount: amount, at: at)
  }
}
