import Foundation
import Glibc

/// The seed each fuzz lane is on, printed if the process crashes: a trap (an overflow,
/// a failed unwrap) ends the test process before any test can report which mutation did it.
///
/// The handler writes from a buffer it owns with write(2), then puts back the handler it
/// replaced and returns: the trapping instruction runs again and the runtime's own
/// handler prints its backtrace as before.
enum CrashSeeds {
  static let lanes = 4
  /// One slot a lane; 0 when the lane is idle. Written by the lanes, read by the handler.
  nonisolated(unsafe) static let inFlight: UnsafeMutablePointer<UInt64> = {
    let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: lanes)
    slots.initialize(repeating: 0, count: lanes)
    return slots
  }()
  nonisolated(unsafe) static let message: UnsafeMutablePointer<UInt8> = .allocate(capacity: 512)
  nonisolated(unsafe) static var replaced: [Int32: sigaction] = [:]
  static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT]

  static func install() {
    for sig in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { sig in CrashSeeds.report(sig) }
      sigemptyset(&action.sa_mask)
      var old = sigaction()
      sigaction(sig, &action, &old)
      replaced[sig] = old
    }
  }

  static func uninstall() {
    for (sig, old) in replaced {
      var old = old
      sigaction(sig, &old, nil)
    }
    replaced = [:]
  }

  private static func report(_ sig: Int32) {
    var at = 0
    func put(_ text: StaticString) {
      let count = text.utf8CodeUnitCount
      guard at + count < 512 else { return }
      (message + at).update(from: text.utf8Start, count: count)
      at += count
    }
    func put(_ number: UInt64) {
      var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      var count = 0
      var rest = number
      withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
          buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
          count += 1
        } while rest > 0
        for i in (0..<count).reversed() where at < 511 {
          message[at] = buffer[i]
          at += 1
        }
      }
    }
    put("\nThe mutation fuzz crashed. Seeds in flight; replay one with MUTATION_SEED=n MUTATION_COUNT=1:")
    for lane in 0..<lanes where inFlight[lane] != 0 {
      put(" ")
      put(inFlight[lane])
    }
    put("\n")
    _ = write(2, message, at)
    if var old = replaced[sig] { sigaction(sig, &old, nil) } else { signal(sig, SIG_DFL) }
  }
}
