import DealdeskCore
import Foundation

/// A call in progress: session state, not a fact of the desk, until `end call` logs it.
struct ActiveCall: Equatable {
  var client: String
  var startedAt: Date
  /// What was entered during the call, in order: "offer O-3", "follow-up F-2".
  var entries: [String] = []
  var followUps: [String] = []

  /// Notes what a change made during the call produced.
  mutating func record(_ events: [Event]) {
    for event in events {
      if let entry = Self.entry(event), !entries.contains(entry) { entries.append(entry) }
      if case .followUpAdded(let f) = event { followUps.append(f.id) }
      if case .taskAssigned(let f) = event { followUps.append(f.id) }
    }
  }

  static func entry(_ event: Event) -> String? {
    switch event {
    case .offerMade(let o): return "offer \(o.id)"
    case .offerCountered(let id, let round, _): return round.by == .us ? "counter on \(id)" : "their ask on \(id)"
    case .offerApproved(let id, _): return "\(id) approved"
    case .approvalRequested(let id, _): return "approval asked for \(id)"
    case .approvalRejected(let id, _): return "\(id) rejected as it stood"
    case .offerExtended(let id, _): return "\(id) extended"
    case .offerAccepted(let id, _, _): return "\(id) accepted"
    case .offerDeclined(let id, _, _): return "\(id) declined"
    case .offerLost(let id, _, _, _): return "\(id) lost"
    case .offerWithdrawn(let id, _): return "\(id) withdrawn"
    case .orderPlaced(let o): return "order \(o.id)"
    case .orderCancelled(let id, _): return "\(id) cancelled"
    case .paymentReceived(let p): return "payment \(p.id)"
    case .reservationMade(let r): return "hold \(r.id)"
    case .stockRequested(let r): return "request \(r.id)"
    case .sampleLent(let l): return "sample \(l.id)"
    case .noteAdded(let n): return "note \(n.id)"
    case .followUpAdded(let f): return "follow-up \(f.id)"
    case .taskAssigned(let f): return "task \(f.id)"
    case .followUpDone(let id, _): return "\(id) done"
    case .followUpSnoozed(let id, _, _): return "\(id) snoozed"
    default: return nil
    }
  }

  /// Whole minutes, rounded up, and at least one: a call that happened lasted something.
  func minutes(at now: Date) -> Int {
    max(1, Int((now.timeIntervalSince(startedAt) / 60).rounded(.up)))
  }

  /// The call's note: what was entered, then the manager's own words.
  func text(_ words: String?) -> String {
    let parts = [entries.isEmpty ? nil : entries.joined(separator: ", "), words].compactMap { $0 }
    return parts.isEmpty ? "nothing entered" : parts.joined(separator: ". ")
  }
}

extension Session {
  func startCall(_ client: String) -> Reply {
    guard let c = desk.clients[client] else { return .error("There is no client \(client).") }
    if let call {
      let name = desk.clients[call.client]?.name ?? call.client
      return .error("You are on a call with \(name) since \(DeskDate.minute(call.startedAt)). End it first: end call")
    }
    call = ActiveCall(client: client, startedAt: now)
    contextClient = client
    var lines = ["On a call with \(c.name) since \(DeskDate.minute(now)). Type end call when you hang up."]
    if let next = desk.nextFollowUp(for: client) { lines.append("  next follow-up: " + DayView.line(next, desk: desk, now: now)) }
    if let last = desk.lastContact(with: client) { lines.append("  last contact: " + DayView.noteLine(last, desk: desk)) }
    return Reply(lines.joined(separator: "\n"))
  }

  func endCall(_ words: String?) -> Reply {
    guard let active = call else {
      return .error("No call is in progress. Start one with call Acme, or log one after the fact: log call with Acme: …")
    }
    let command = Command.addNote(NewNote(
      client: active.client, kind: .call, text: active.text(words), durationMinutes: active.minutes(at: now),
      followUps: active.followUps.isEmpty ? nil : active.followUps))
    do {
      let events = try decide(command, desk: desk, now: now, actor: acting)
      try commit(events, line: words.map { "end call: \($0)" } ?? "end call")
      call = nil
      contextClient = nil
      contextOffer = nil
      contextRecord = nil
      return Reply(Render.confirmation(command, events: events, before: desk, after: desk, now: now, viewer: author))
    } catch let error as DeskError {
      return .error(Render.error(error))
    } catch {
      return .error("\(error)")
    }
  }
}
