import Foundation

/// The one JSON configuration for everything the desk writes, so a snapshot, a journal
/// line and a test fixture agree byte for byte.
public enum DeskJSON {
  /// Sorted keys make the files diffable and deterministic. No pretty printing: a journal
  /// entry must stay on one line, and a snapshot is read by programs far more than by
  /// people. Slashes are left unescaped so typed lines ("1/2 roll") read as typed.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      guard let text = UTCSeconds.string(from: date) else {
        // The Double, not the Date: describing a Date that is NaN traps in Foundation.
        throw EncodingError.invalidValue(
          date.timeIntervalSince1970,
          EncodingError.Context(
            codingPath: encoder.codingPath,
            debugDescription: "the date \(date.timeIntervalSince1970) is outside the years 0000 to 9999"))
      }
      var container = encoder.singleValueContainer()
      try container.encode(text)
    }
    return encoder
  }

  /// Reads what `encoder()` writes. Dates must be exactly `2026-11-28T10:00:00Z`: a
  /// looser reader would let two spellings of one moment into the files.
  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = UTCSeconds.date(from: text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "expected a date like 2026-11-28T10:00:00Z, found \"\(text)\"")
      }
      return date
    }
    return decoder
  }
}
