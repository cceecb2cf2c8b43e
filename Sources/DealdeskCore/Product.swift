import Foundation

/// Stock of one dye lot. Two lots of the same colour can differ in shade, so stock is
/// never pooled across lots.
public struct Lot: Codable, Sendable, Equatable {
  public var id: String
  public var meters: Decimal
  public var receivedAt: Date

  public init(id: String, meters: Decimal, receivedAt: Date) {
    self.id = id
    self.meters = meters
    self.receivedAt = receivedAt
  }
}

/// A fabric in the catalog. Sold by the metre; `rollLength` lets a buyer order whole rolls.
public struct Product: Codable, Sendable, Equatable, Identifiable {
  public var sku: String
  public var name: String
  public var category: String
  public var listPrice: Decimal
  public var cost: Decimal?
  public var widthCm: Decimal?
  public var gsm: Decimal?
  public var composition: String?
  public var colour: String?
  public var finish: String?
  public var rollLength: Decimal?
  public var lots: [Lot]
  // Stock: catalog facts for reservations and stock requests. Optional, so a snapshot written
  // before they existed decodes with none (synthesized Decodable reads a missing optional as nil,
  // and nil is left out when encoding, so existing files and exports read the same).
  /// The least a client may order of this fabric.
  public var minimumOrderMeters: Decimal?
  /// The shortest length the branch cuts from a roll.
  public var minimumCutMeters: Decimal?
  /// The central warehouse's stock as the manager last recorded it, and when.
  public var warehouseMeters: Decimal?
  public var warehouseMetersAt: Date?

  public var id: String { sku }

  public var metersInStock: Decimal { lots.reduce(0) { $0 + $1.meters } }

  public init(
    sku: String, name: String, category: String, listPrice: Decimal, cost: Decimal? = nil,
    widthCm: Decimal? = nil, gsm: Decimal? = nil, composition: String? = nil,
    colour: String? = nil, finish: String? = nil, rollLength: Decimal? = nil, lots: [Lot] = []
  ) {
    self.sku = sku
    self.name = name
    self.category = category
    self.listPrice = listPrice
    self.cost = cost
    self.widthCm = widthCm
    self.gsm = gsm
    self.composition = composition
    self.colour = colour
    self.finish = finish
    self.rollLength = rollLength
    self.lots = lots
  }
}
