import Foundation

/// Demonstration swatches of one product kept in the showroom (duty 3).
public struct Swatches: Codable, Sendable, Equatable {
  /// Until the manager sets a level, one swatch left is the signal to reorder: the next loan
  /// would leave the showroom without the fabric.
  public static let defaultReorderBelow = 1

  public var sku: String
  /// Swatches on the shelf now; those lent out are counted by their loans.
  public var inShowroom: Int
  /// Low when `inShowroom` is at or below this.
  public var reorderBelow: Int

  public init(sku: String, inShowroom: Int = 0, reorderBelow: Int = Swatches.defaultReorderBelow) {
    self.sku = sku
    self.inShowroom = inShowroom
    self.reorderBelow = reorderBelow
  }

  public var isLow: Bool { inShowroom <= reorderBelow }
}

/// One swatch lent to a client, due back on a date.
public struct SampleLoan: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var sku: String
  public var client: String
  public var lentAt: Date
  public var dueBack: Date
  public var returnedAt: Date?

  public init(id: String, sku: String, client: String, lentAt: Date, dueBack: Date, returnedAt: Date? = nil) {
    self.id = id
    self.sku = sku
    self.client = client
    self.lentAt = lentAt
    self.dueBack = dueBack
    self.returnedAt = returnedAt
  }

  public var isOut: Bool { returnedAt == nil }

  /// Still out after the day it was due back.
  public func isOverdue(at now: Date) -> Bool { isOut && now > dueBack }
}
