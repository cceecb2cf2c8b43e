/// The time-dependent tactic of Faratin, Sierra & Jennings (GENIUS `TimeDependent_Offering`)
/// with k = 0: f(t) = t^(1/e), target p(t) = Pmin + (Pmax − Pmin)·(1 − f(t)).
///
/// Only exponents whose power or root is a whole number are offered, so f(t) for
/// t = round / deadline is computed in integers (a power exactly, a root as an integer
/// square or cube root, rounded down): the same on every machine, unlike `pow`.
public enum ConcessionCurve: Sendable, Equatable {
  /// e = 1/power < 1: holds firm, concedes late (Boulware; e = 0.2 is power 5).
  case boulware(power: Int)
  /// e = 1: the same concession every round.
  case linear
  /// e = root > 1: concedes early (Conceder; e = 2 is root 2).
  case conceder(root: Int)

  /// f(round / deadline) in millionths, 0 at the start and `Micro.one` at the deadline;
  /// rounds past the deadline count as the deadline.
  public func fraction(round: Int, deadline: Int) -> Int {
    guard deadline > 0 else { return Micro.one }
    let r = min(max(round, 0), deadline)
    switch self {
    case .linear:
      return Micro.roundedQuotient(r * Micro.one, deadline)
    case .boulware(let power):
      // r^p · 10^6 stays far inside Int for the deadlines used (13^5 · 10^6 ≈ 3.7·10^11).
      let p = max(power, 1)
      return Micro.roundedQuotient(Self.power(r, p) * Micro.one, Self.power(deadline, p))
    case .conceder(let root):
      // (r/T)^(1/n) · 10^6 = n-th root of (r/T · 10^(6n)); n ≤ 3 keeps 10^18 within Int.
      // r · 10^18 does not (r ≥ 10 overflows), so the product is taken at double width;
      // the quotient is at most 10^18 since r ≤ T.
      let n = min(max(root, 1), 3)
      let product = r.multipliedFullWidth(by: Self.power(Micro.one, n))
      let radicand = deadline.dividingFullWidth(product).quotient
      return Self.integerRoot(radicand, n)
    }
  }

  /// p(t) in millionths, between `minimum` and `maximum`.
  public func target(round: Int, deadline: Int, minimum: Int, maximum: Int) -> Int {
    let gap = max(maximum - minimum, 0)
    return maximum - Micro.roundedQuotient(gap * fraction(round: round, deadline: deadline), Micro.one)
  }

  static func power(_ base: Int, _ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { product, _ in product * base }
  }

  /// The largest x with x^n ≤ value (value ≥ 0), by bisection: exact and order-free.
  static func integerRoot(_ value: Int, _ n: Int) -> Int {
    guard value > 1, n > 1 else { return max(value, 0) }
    // The bounds are the largest square and cube roots whose power fits in an Int.
    var (low, high) = (0, min(value, n == 2 ? 3_037_000_499 : 2_097_151))
    while low < high {
      let middle = (low + high + 1) / 2
      if power(middle, n) <= value { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
