import Foundation

/// A random number generator that a seed replays (SplitMix64): a fault test draws its
/// schedule from one, and prints the seed when it fails so the run can be repeated with
/// DEALDESK_FAULT_SEED=<seed>.
struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The seed in $DEALDESK_FAULT_SEED, else a fresh one.
  static func seed() -> UInt64 {
    ProcessInfo.processInfo.environment["DEALDESK_FAULT_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A duration between `range`'s bounds, in milliseconds.
  mutating func milliseconds(_ range: ClosedRange<Int>) -> Duration {
    .milliseconds(Int.random(in: range, using: &self))
  }
}

/// Sleeps the calling thread (the fault tests' feeders and schedules run on threads of their
/// own, never on the test runner's few pool threads).
func pause(_ duration: Duration) {
  let (seconds, attoseconds) = duration.components
  Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
}
