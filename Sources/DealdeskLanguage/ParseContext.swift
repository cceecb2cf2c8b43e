import DealdeskCore
import Foundation

/// What the parser may look at: the desk's names, the client in context, and the clock.
public struct ParseContext: Sendable {
  public var desk: Desk
  public var names: NameIndex
  public var contextClient: String?
  /// The offer last worked on: "they accept" means this one when it is the context client's.
  public var contextOffer: String?
  public var now: Date

  public init(desk: Desk, names: NameIndex, contextClient: String?, contextOffer: String? = nil, now: Date) {
    self.desk = desk
    self.names = names
    self.contextClient = contextClient
    self.contextOffer = contextOffer
    self.now = now
  }
}
