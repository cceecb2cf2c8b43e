import DealdeskCore
import DealdeskLanguage
import Foundation

// Accounts on a team desk (issue 19, item 5): reading another person's client is free; a
// change to one is warned about before it is made ("Acme Textiles is Arben Hoxha's account").
// At a terminal the desk asks first, and the change is made only on yes; a pipe or a script is
// never asked: the change is made, and its reply starts with the warning.

extension Session {
  /// The warning for a change to clients of another person's accounts; nil when the change
  /// touches only one's own, nobody's, or is a director's business with accounts and people.
  func othersAccountWarning(_ command: Command) -> String? {
    guard let me = author, !desk.people.isEmpty else { return nil }
    switch command {
    case .assignAccount, .assignTask, .setPerson, .approve, .rejectApproval, .approveOrder, .approveBonus: return nil
    // A task given to me is mine to do and move, whoever's account its client is.
    case .completeFollowUp(let id), .snoozeFollowUp(let id, _, _):
      if desk.followUps[id]?.assignee == me { return nil }
    default: break
    }
    guard let events = try? decide(command, desk: desk, now: now, actor: acting), !events.isEmpty else { return nil }
    var clients = Touches(events, on: desk).clients
    for event in events {
      if case .offerMade(let offer) = event { clients.insert(offer.clientId) }
    }
    let others = clients.sorted().compactMap { id -> String? in
      guard let keeper = desk.accountManager(of: id), keeper.login != me else { return nil }
      return "\(desk.clients[id]?.name ?? id) is \(keeper.name)'s account"
    }
    return others.isEmpty ? nil : others.joined(separator: "; ")
  }

  /// A change to another's client: at a terminal, asked first (nothing has changed yet);
  /// elsewhere nil, and the change's reply carries the warning.
  func askFirst(about warning: String, line: String) -> Reply? {
    guard asksFirst, runningScripts.isEmpty else { return nil }
    if confirmedLine == line {
      confirmedLine = nil
      return nil
    }
    confirmedLine = line
    var reply = Reply("\(warning). Nothing has changed yet.")
    reply.question = YesNoQuestion("\(warning). Change it anyway?", line: line, declined: "Nothing changed.")
    return reply
  }

  /// The manager said no to a question: its line is asked about again next time.
  public func questionDeclined() { confirmedLine = nil }
}
