import DealdeskCore

/// "is S-7 shipped?" is a question. Once its "is" is skipped as filler it reads like
/// "S-7 shipped", which ships the order; asked, it must only show what it asks about.
extension Parser {
  static func isYesNoQuestion(_ line: String) -> Bool {
    // Only the first word matters: read that much of the line, no more.
    let first = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }.prefix { $0 != 0x20 && $0 != 0x09 }
    guard first.count == 2 || first.count == 3 else { return false }
    return ["is", "are"].contains(Fold.fold(String(decoding: first, as: UTF8.self)))
  }

  /// A question never changes the desk: the change it names becomes a look at its subject,
  /// or, with nothing to show, an error saying how to make the change.
  static func asked(_ understood: Understood, line: String, context: ParseContext) throws(ParseError) -> Understood {
    guard case .command(let command) = understood.intent else { return understood }
    guard let question = look(at: command, desk: context.desk) else {
      let statement = line.split(whereSeparator: \.isWhitespace).dropFirst().joined(separator: " ")
      throw ParseError(
        "That reads as a question, and a question changes nothing.",
        suggestion: "To make the change, say it: \(statement.hasSuffix("?") ? String(statement.dropLast()) : statement)")
    }
    return Understood(intent: .question(question), action: "show", client: understood.client, slots: understood.slots, ignored: understood.ignored, roles: understood.roles)
  }

  /// What to show for a change asked about: the order, the offer, the balance.
  private static func look(at command: Command, desk: Desk) -> Question? {
    switch command {
    case .ship(let order), .deliver(let order), .cancelOrder(let order), .approveOrder(let order, _), .pay(_, let order?, _, _):
      return .invoice(order: order)
    case .accept(let offer, _), .decline(let offer, _), .lose(let offer, _, _), .withdraw(let offer), .approve(let offer, _),
      .extend(let offer, _, _), .counter(let offer, _, _):
      return .offer(id: offer)
    case .pay(let client?, nil, _, _):
      return .balance(client: client)
    case .completeFollowUp(let id), .snoozeFollowUp(let id, _, _):
      return .followUps(client: desk.followUps[id]?.client)
    default:
      return nil
    }
  }
}
