/// How a client likes each issue's value, in millionths (TRAINER.md, "The client's utility").
/// Every entry is a whole number of millionths, so a client's utility is an exact integer
/// sum before its one rounding.
public enum ClientEvaluation {
  /// Discount d % is worth d/20: 50,000 millionths a point.
  public static func discount(_ index: Int) -> Int { index * 50_000 }

  /// By payment index (0, 30, 45, 60, 90 days).
  public static let payment = [0, 400_000, 600_000, 800_000, 1_000_000]

  /// By lead-time index (7, 14, 21, 30, 45 days).
  public static let lead = [1_000_000, 850_000, 600_000, 300_000, 0]

  /// By distance from the client's need, in 500 m steps: the need 1, ±500 m 0.8,
  /// ±1,000 m 0.45, ±1,500 m 0.2, ±2,000 m 0. Symmetric: TRAINER.md gives ranges
  /// (0.75–0.8, 0.4–0.5) and no direction, and too much cloth (stock, cash tied up) is
  /// taken to hurt as much as too little (a second order, a second lead time).
  public static let quantityByDistance = [1_000_000, 800_000, 450_000, 200_000, 0]

  /// The quantity evaluation of index `quantity` for a client needing index `need`.
  public static func quantity(_ quantity: Int, need: Int) -> Int {
    quantityByDistance[abs(quantity - need)]
  }
}
