/// The trainer's own seeded generator: SplitMix64 (Steele, Lea & Flood 2014; Vigna's
/// reference C code). A session must replay byte for byte on any Swift version, so the
/// generator and the mapping to a bounded integer are ours, not the standard library's:
/// `SystemRandomNumberGenerator` is unseeded and `random(in:using:)` may change algorithm.
///
/// Deliberately not a `RandomNumberGenerator`: conforming would invite exactly those
/// standard-library mappings.
public struct SplitMix64: Sendable, Equatable {
  /// Weyl-sequence increment: the odd integer nearest 2^64 / φ.
  static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The whole state. Public so a saved session can show where a stream stands.
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next 64 bits: advance the Weyl sequence, then scramble it with the reference
  /// mixer (Stafford's "Mix13" constants). Wrapping arithmetic is the algorithm, not
  /// an overflow.
  public mutating func next() -> UInt64 {
    state = state &+ Self.gamma
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in 0..<n, by Lemire's multiply-shift with rejection ("Fast Random
  /// Integer Generation in an Interval", 2019): the high word of `next() × n` is the
  /// result. Taken alone that favours some results slightly, because 2^64 is not a
  /// multiple of n; a draw whose low word falls below 2^64 mod n is drawn again, which
  /// leaves exactly the same number of accepted draws for every result. The threshold
  /// costs a division, so it is computed only when the low word is below n, the only
  /// case where a rejection is possible.
  ///
  /// n ≤ 1 returns 0 and draws nothing: there is nothing to choose, and a trainer session
  /// must not abort on a caller's empty range.
  public mutating func int(below n: Int) -> Int {
    guard n > 1 else { return 0 }
    let bound = UInt64(n)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound  // 2^64 mod n, in 64-bit arithmetic
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    // The high word is below n ≤ Int.max, so it converts exactly.
    return Int(product.high)
  }
}
