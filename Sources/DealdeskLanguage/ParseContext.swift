import DealdeskCore
import Foundation

/// What the parser may look at: the desk's names, the client in context, and the clock.
/// A class, so the cursors a grammar copies while it tries readings share one context
/// instead of each retaining every table of the desk.
public final class ParseContext: Sendable {
  public let desk: Desk
  public let names: NameIndex
  public let contextClient: String?
  /// The offer last worked on: "they accept" means this one when it is the context client's.
  public let contextOffer: String?
  /// The record last talked about (an offer, order, hold or complaint, by id): what "it"
  /// means when it is of the kind the verb needs (see RecordReference.swift).
  public let contextRecord: String?
  public let now: Date

  public init(
    desk: Desk, names: NameIndex, contextClient: String?, contextOffer: String? = nil, contextRecord: String? = nil, now: Date
  ) {
    self.desk = desk
    self.names = names
    self.contextClient = contextClient
    self.contextOffer = contextOffer
    self.contextRecord = contextRecord
    self.now = now
  }
}

extension ParseContext {
  /// The index asked through the context itself: reached from outside, the index was copied
  /// for each question (a retain of every one of its tables), and names are asked for many
  /// times a line.
  func match(_ tokens: [Token], at index: Int, kinds: Set<EntityRef.Kind>, exactOnly: Bool) -> NameMatch? {
    names.match(tokens, at: index, kinds: kinds, exactOnly: exactOnly)
  }
}
