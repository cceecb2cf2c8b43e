/// What a stream of random draws is for. Each purpose has its own stream, so adding a
/// draw for one purpose (say, a fourth phrasing) never shifts the values of another (the
/// client's weights), and old saved sessions keep replaying.
///
/// A purpose's tag is its name's ASCII bytes read as a big-endian integer. Names are 1 to 8
/// printable ASCII characters, so distinct names always have distinct tags, and the tag can
/// be read back from a hex dump.
public struct StreamPurpose: Sendable, Equatable {
  public let name: String
  public let tag: UInt64

  /// nil unless `name` is 1 to 8 printable ASCII characters.
  public init?(name: String) {
    let bytes = Array(name.utf8)
    guard (1...8).contains(bytes.count), bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else {
      return nil
    }
    self.init(checked: name, bytes: bytes)
  }

  private init(checked name: String, bytes: [UInt8]) {
    self.name = name
    tag = bytes.reduce(0) { ($0 << 8) | UInt64($1) }
  }

  /// For the constants below, whose names the tests check against `init?(name:)`.
  private init(literal name: String) { self.init(checked: name, bytes: Array(name.utf8)) }

  /// The seed's variations of a persona (TRAINER.md, "Personas").
  public static let weights = StreamPurpose(literal: "weights")
  public static let quote = StreamPurpose(literal: "quote")
  public static let deadline = StreamPurpose(literal: "deadline")
  public static let names = StreamPurpose(literal: "names")
  public static let phrasing = StreamPurpose(literal: "phrasing")
  /// Which persona `train` plays when none is named.
  public static let persona = StreamPurpose(literal: "persona")

  public static let all: [StreamPurpose] = [.weights, .quote, .deadline, .names, .phrasing, .persona]
}

/// All the randomness of one session, from one seed.
public struct Streams: Sendable, Equatable {
  public let seed: UInt64

  public init(seed: UInt64) { self.seed = seed }

  /// A fresh generator for `purpose`, always starting at the same point for the same seed.
  /// Its starting state is `seed ^ tag` run once through SplitMix64: the XOR alone would
  /// give nearby seeds nearby states, and SplitMix64 streams whose states differ by a
  /// multiple of its increment are the same sequence shifted; the mixing step scatters them.
  public func generator(for purpose: StreamPurpose) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ purpose.tag)
    return SplitMix64(seed: mixer.next())
  }
}
