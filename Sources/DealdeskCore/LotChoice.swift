import Foundation

/// How a reservation is cut from the lots of one product. Shade differs between dye lots, so
/// the rules prefer one lot, and when one lot is not enough, as few lots as possible.
enum LotChoice {
  /// Metres to take from one lot.
  struct Piece: Equatable {
    var lot: String
    var meters: Decimal
  }

  /// The lot that covers `meters` and leaves the least remnant (a short end is harder to sell
  /// than a long one); on a tie the older lot goes first, then the lower lot id.
  static func bestFit(_ lots: [LotAvailability], meters: Decimal) -> LotAvailability? {
    lots.filter { $0.available >= meters }.min { a, b in
      a.available != b.available ? a.available < b.available : older(a, b)
    }
  }

  /// The lot with the most free metres; on a tie the older, then the lower lot id.
  static func largest(_ lots: [LotAvailability]) -> LotAvailability? {
    lots.filter { $0.available > 0 }.min { a, b in
      a.available != b.available ? a.available > b.available : older(a, b)
    }
  }

  /// Pieces across lots covering `meters` with the fewest lots: the largest lots first, and the
  /// last piece from whichever remaining lot covers the rest with the least remnant (same count
  /// of lots as taking largest-first throughout, but a smaller end left behind). When the lots
  /// cannot cover `meters`, every free metre is taken and the caller sees the sum fall short.
  static func split(_ lots: [LotAvailability], meters: Decimal) -> [Piece] {
    var left = lots.filter { $0.available > 0 }
    var need = meters
    var pieces: [Piece] = []
    while need > 0 {
      if let last = bestFit(left, meters: need) {
        pieces.append(Piece(lot: last.lot, meters: need))
        return pieces
      }
      guard let big = largest(left) else { return pieces }
      pieces.append(Piece(lot: big.lot, meters: big.available))
      need -= big.available
      left.removeAll { $0.lot == big.lot }
    }
    return pieces
  }

  private static func older(_ a: LotAvailability, _ b: LotAvailability) -> Bool {
    a.receivedAt != b.receivedAt
      ? a.receivedAt < b.receivedAt : a.lot.compare(b.lot, options: .numeric) == .orderedAscending
  }
}
