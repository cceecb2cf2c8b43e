@testable import DealdeskStore
import Foundation
import Testing

@Suite struct CSVTests {
  private func rows(_ text: String) -> [[String]] {
    switch CSVReader.parse(text) {
    case .success(let rows): return rows.map(\.fields)
    case .failure(let failure): Issue.record("\(failure)"); return []
    }
  }

  @Test func aFieldIsQuotedOnlyWhenItMustBe() {
    let table = CSVTable(header: ["name", "city"], rows: [["Dupont, \"Les Tissus\" SA", "Lyon"], ["Two\nlines", ""]])
    #expect(table.text() == "name,city\n\"Dupont, \"\"Les Tissus\"\" SA\",Lyon\n\"Two\nlines\",\n")
  }

  @Test func theReaderTakesQuotesCommasAndLineBreaksInsideFields() {
    #expect(rows("a,b\n\"1,5\",\"say \"\"hi\"\"\"\n") == [["a", "b"], ["1,5", "say \"hi\""]])
    #expect(rows("a,b\r\n\"x\r\ny\",z\r\n") == [["a", "b"], ["x\r\ny", "z"]])
    #expect(rows("a,b\r1,2") == [["a", "b"], ["1", "2"]])
    #expect(rows("\u{FEFF}name\nAcme\n\n") == [["name"], ["Acme"]], "a BOM is skipped, blank lines too")
    #expect(rows("a,,\n") == [["a", "", ""]])
    #expect(rows("ab\"c,d\n") == [["ab\"c", "d"]], "a stray quote inside a field is text")
  }

  @Test func rowsKnowTheFileLineTheyStartOn() throws {
    let parsed = try CSVReader.parse("name,note\nA,\"one\ntwo\"\r\n\nB,x\n").get()
    #expect(parsed.map(\.line) == [1, 2, 5])
  }

  @Test func anUnclosedQuoteAndBadBytesAreNamed() {
    #expect(CSVReader.parse("a\n\"open,\nb\n") == .failure(.unclosedQuote(line: 2)))
    #expect(CSVReader.parse(Data([0x6E, 0x0A, 0xC3, 0x28])) == .failure(.notUTF8))
    #expect(CSVReader.parse(Data([0x6E, 0x00, 0x61])) == .failure(.notUTF8))
    #expect(CSVReader.parse(Data([0xEF, 0xBB, 0xBF, 0x6E, 0x0A])).map { $0.map(\.fields) } == .success([["n"]]))
  }

  @Test func whatTheWriterWritesTheReaderReadsBack() throws {
    var random = Generator(seed: 7)
    let alphabet: [Character] = ["a", "Ç", ",", "\"", "\n", "\r", " ", "1", ".", "€", "\r\n"]
    for _ in 0..<500 {
      let width = random.next(in: 2...5)
      let table = CSVTable(
        header: (0..<width).map { "c\($0)" },
        rows: (0..<random.next(in: 0...4)).map { _ in
          (0..<width).map { _ in String((0..<random.next(in: 0...6)).map { _ in alphabet[random.next(in: 0...(alphabet.count - 1))] }) }
        })
      // A cell starting with a carriage return gets the formula guard, which the import takes off.
      let read = try CSVReader.parse(table.text()).get().map { $0.fields.map(CSVFormulaGuard.unguarded) }
      #expect(read == [table.header] + table.rows)
    }
  }

  /// CSV injection (OWASP): every cell a spreadsheet would run as a formula starts with an
  /// apostrophe, `+` and `-` ones too, which a number parser reading a prefix took for numbers.
  @Test func everyFormulaLikeCellIsGuardedAndOnlyWholeNumbersAreLeftAlone() throws {
    let cells = [
      "-HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-1+cmd", "+1-2", "@SUM(A1)", "=1+1", "\t=1+1", "\r=1+1",
      "  =1+1", "\u{FF1D}1+1", "-", "+",
    ]
    for cell in cells {
      let written = CSVTable(header: ["c"], rows: [[cell]]).text()
      #expect(try CSVReader.parse(written).get().last?.fields == ["'" + cell], "\(cell.debugDescription) → \(written.debugDescription)")
    }
    for number in ["-12.50", "+5", "-0.5", "12", "1234.50", "-3"] {
      #expect(CSVTable(header: ["c"], rows: [[number]]).text() == "c\n\(number)\n", "\(number)")
    }
    for text in ["Acme", "2026-11-30", "net 30", "'quoted", "a-b", "12-5"] {
      #expect(CSVTable(header: ["c"], rows: [[text]]).text() == "c\n\(text)\n", "\(text)")
    }
  }

  /// Taking the guard off gives back exactly what was guarded, whatever the text (an
  /// apostrophe of its own, spaces, a formula after either), and what is written never
  /// starts a formula.
  @Test func theGuardComesOffExactlyAsItWentOn() {
    var random = Generator(seed: 17)
    let pieces = ["'", "=", "+", "-", "@", " ", "\t", "\r", "1", ".", "a", "\u{FF0B}", "12.50", "(", "|"]
    for _ in 0..<20_000 {
      let value = (0..<random.next(in: 0...5)).map { _ in pieces[random.next(in: 0...(pieces.count - 1))] }.joined()
      let cell = CSVFormulaGuard.guarded(value)
      #expect(CSVFormulaGuard.unguarded(cell) == value, "\(value.debugDescription) → \(cell.debugDescription)")
      let opening = cell.unicodeScalars.first(where: { $0 != " " })
      if let opening, "=+-@\t\r\u{FF0B}".unicodeScalars.contains(opening) {
        #expect(CSVFormulaGuard.isPlainNumber(cell), "\(cell.debugDescription) opens a formula")
      }
    }
  }

  /// Whatever bytes arrive, the reader answers (rows or a failure) and never crashes.
  @Test func twentyThousandGarbageInputsNeverCrashTheReader() {
    var random = Generator(seed: 42)
    let pieces: [[UInt8]] = [[0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x61], [0xEF, 0xBB, 0xBF], [0xC3, 0xA7], [0xC3], [0xFF], [0x00], [0x20]]
    var answered = 0
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.next(in: 0...40) {
        if random.next(in: 0...3) == 0 {
          bytes.append(UInt8(random.next(in: 0...255)))
        } else {
          bytes += pieces[random.next(in: 0...(pieces.count - 1))]
        }
      }
      switch CSVReader.parse(Data(bytes)) {
      case .success(let rows): answered += rows.allSatisfy { $0.line >= 1 } ? 1 : 0
      case .failure: answered += 1
      }
    }
    #expect(answered == 20_000)
  }
}

/// SplitMix64: the same inputs on every run.
private struct Generator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next(in range: ClosedRange<Int>) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return range.lowerBound + Int(z % UInt64(range.count))
  }
}
