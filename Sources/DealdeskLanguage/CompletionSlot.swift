/// What Tab may offer after a command's opening words. Kept beside the command table and
/// keyed by command name, so completion knows where it is without reading the grammar.
public enum CompletionSlot: Sendable, Equatable {
  /// A client's name ("show ", "call ").
  case client
  /// A client, then the fabrics the offer is on ("offer Acme " → linen, everything).
  case clientThenFabrics
  /// Fabrics, with a client after "for" ("reserve 200m linen 220 for Acme").
  case fabricsForClient
  /// An open offer's id, then a client whose open offer is meant ("accept O-3", "accept Acme").
  case openOffer
  /// An order that this command can move on ("ship S-2").
  case order(OrderMove)
  /// An open follow-up ("done F-4").
  case openFollowUp
  /// A command's name ("help offer").
  case command

  /// Which orders a command can move: only those the desk would accept it for.
  public enum OrderMove: Sendable, Equatable { case ship, deliver, cancel, invoice }
}

extension CommandSpec {
  /// What follows this command's opening words, for Tab; nil when nothing worth offering does.
  public var completes: CompletionSlot? { CommandSpec.slots[name] }

  private static let slots: [String: CompletionSlot] = [
    "show": .client, "call": .client, "alias": .client, "balance": .client, "statement": .client, "follow up": .client,
    "offer": .clientThenFabrics, "reserve": .fabricsForClient,
    "accept": .openOffer, "counter": .openOffer, "withdraw": .openOffer, "approve": .openOffer,
    "ask approval": .openOffer, "reject": .openOffer,
    "extend": .openOffer, "diff": .openOffer, "lost": .openOffer,
    "ship": .order(.ship), "deliver": .order(.deliver), "cancel": .order(.cancel), "invoice": .order(.invoice),
    "done": .openFollowUp, "snooze": .openFollowUp,
    "help": .command,
  ]
}
