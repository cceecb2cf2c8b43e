import Foundation
import Testing

@testable import DealdeskStore

private struct Stamp: Codable, Equatable {
  var at: Date
}

@Suite("DeskJSON")
struct DeskJSONTests {
  private func encoded(_ date: Date) throws -> String {
    String(decoding: try DeskJSON.encoder().encode(Stamp(at: date)), as: UTF8.self)
  }

  private func decoded(_ text: String) throws -> Date {
    try DeskJSON.decoder().decode(Stamp.self, from: Data(#"{"at":"\#(text)"}"#.utf8)).at
  }

  @Test func datesAreUTCWholeSeconds() throws {
    #expect(try encoded(noon) == #"{"at":"2026-11-28T10:00:00Z"}"#)
    #expect(try encoded(noon.addingTimeInterval(0.999)) == #"{"at":"2026-11-28T10:00:00Z"}"#)
    #expect(try encoded(Date(timeIntervalSince1970: 0)) == #"{"at":"1970-01-01T00:00:00Z"}"#)
    #expect(try encoded(Date(timeIntervalSince1970: -0.5)) == #"{"at":"1969-12-31T23:59:59Z"}"#)
    #expect(try encoded(Date(timeIntervalSince1970: 951_782_400)) == #"{"at":"2000-02-29T00:00:00Z"}"#)
    #expect(try decoded("2026-11-28T10:00:00Z") == noon)
  }

  @Test func datesAgreeWithFoundationAcrossCenturies() throws {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    var seconds = -2_208_988_800.0  // 1900-01-01
    while seconds < 4_102_444_800 {  // 2100-01-01
      let date = Date(timeIntervalSince1970: seconds)
      let text = formatter.string(from: date)
      #expect(UTCSeconds.string(from: date) == text)
      #expect(UTCSeconds.date(from: text) == date)
      seconds += 3_162_731  // about 36.6 days, so every month and hour comes round
    }
  }

  @Test(arguments: [
    "2026-11-28T10:00:00+00:00", "2026-11-28 10:00:00Z", "2026-11-28T10:00:00.5Z", "2026-02-29T10:00:00Z",
    "2026-13-01T10:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T10:60:00Z", "2026-11-28T10:00:60Z",
    "2026-11-28", "２026-11-28T10:00:00Z", "",
  ])
  func otherSpellingsAreRefused(_ text: String) {
    #expect(throws: DecodingError.self) { try decoded(text) }
  }

  @Test func datesBeyondFourDigitYearsCannotBeWritten() {
    #expect(throws: EncodingError.self) { try encoded(Date(timeIntervalSince1970: 253_402_300_800)) }
    #expect(throws: EncodingError.self) { try encoded(Date(timeIntervalSince1970: .nan)) }
    #expect(UTCSeconds.string(from: Date(timeIntervalSince1970: 253_402_300_799)) == "9999-12-31T23:59:59Z")
    #expect(UTCSeconds.string(from: Date(timeIntervalSince1970: -62_167_219_200)) == "0000-01-01T00:00:00Z")
  }

  @Test func keysAreSortedAndLinesCompact() throws {
    let text = String(decoding: try DeskJSON.encoder().encode(entry(1, "cut 1/2\nroll")), as: UTF8.self)
    #expect(text == #"{"at":"2026-11-28T10:01:00Z","line":"cut 1/2\nroll","seq":1}"#)
  }
}
