import Testing

@testable import DealdeskLanguage

/// Each token as "kind:text@offset+length", so a row shows the whole cut at a glance.
private func cut(_ line: String) -> [String] {
  lex(line).map { token in
    let kind =
      switch token.kind {
      case .word: "w"
      case .quoted: "q"
      case .punctuation: "p"
      }
    return "\(kind):\(token.text)@\(token.offset)+\(token.length)"
  }
}

@Test(
  arguments: [
    ("add client Acme Textiles", ["w:add@0+3", "w:client@4+6", "w:Acme@11+4", "w:Textiles@16+8"]),
    (
      "new client \"Acme Home\" city Durrës",
      ["w:new@0+3", "w:client@4+6", "q:Acme Home@11+11", "w:city@23+4", "w:Durrës@28+6"]
    ),
    ("add “Acme Home”", ["w:add@0+3", "q:Acme Home@4+11"]),
    ("add “Acme Home\"", ["w:add@0+3", "q:Acme Home@4+11"]),
    ("say\"hi\"there", ["w:say@0+3", "q:hi@3+4", "w:there@7+5"]),
    ("\"\"", ["q:@0+2"]),
    (
      "set Acme limit 5,000, net 30",
      [
        "w:set@0+3", "w:Acme@4+4", "w:limit@9+5", "w:5,000@15+5", "p:,@20+1", "w:net@22+3",
        "w:30@26+2",
      ]
    ),
    ("12,40 at 10:00", ["w:12,40@0+5", "w:at@6+2", "w:10:00@9+5"]),
    ("5, 000", ["w:5@0+1", "p:,@1+1", "w:000@3+3"]),
    ("a,b", ["w:a@0+1", "p:,@1+1", "w:b@2+1"]),
    ("1,2,3", ["w:1,2,3@0+5"]),
    (
      "note Acme: wants swatches",
      [
        "w:note@0+4", "w:Acme@5+4", "p::@9+1", "w:wants@11+5", "w:swatches@17+8",
      ]
    ),
    ("call Acme.", ["w:call@0+4", "w:Acme@5+4", "p:.@9+1"]),
    ("pay 12.", ["w:pay@0+3", "w:12@4+2", "p:.@6+1"]),
    ("at 12.40.", ["w:at@0+2", "w:12.40@3+5", "p:.@8+1"]),
    ("wait...", ["w:wait@0+4", "p:.@4+1", "p:.@5+1", "p:.@6+1"]),
    (".", ["p:.@0+1"]),
    ("(net 30)", ["p:(@0+1", "w:net@1+3", "w:30@5+2", "p:)@7+1"]),
    ("Acme?", ["w:Acme@0+4", "p:?@4+1"]),
    ("!?;", ["p:!@0+1", "p:?@1+1", "p:;@2+1"]),
    ("Acme.,", ["w:Acme@0+4", "p:.@4+1", "p:,@5+1"]),
    ("10:00,", ["w:10:00@0+5", "p:,@5+1"]),
    ("  \t Acme \t ", ["w:Acme@4+4"]),
    ("Acme\u{00A0}Home", ["w:Acme@0+4", "w:Home@5+4"]),
    ("👍🏽 Acme", ["w:👍🏽@0+1", "w:Acme@2+4"]),
    ("”Acme", ["w:”Acme@0+5"]),
    ("", []),
    ("   ", []),
  ] as [(String, [String])])
func tokenizerCutsLines(line: String, expected: [String]) {
  #expect(cut(line) == expected)
}

@Test(arguments: [
  "LIN-220", "12.40/m", "10%", "€12.40", "jane@acme.al", "+355", "O-12", "#12", "2026-12-12",
  "500m", "Acme's", "Acme’s", "5,000", "12,40", "10:00", "net30", "c.o.d", "1.5k",
])
func wordsStayWhole(word: String) {
  #expect(cut(word) == ["w:\(word)@0+\(word.count)"])
}

@Test func tokensCarryTheirFoldedText() {
  let tokens = lex("ÇELIK “Durrës” ,")
  #expect(tokens.map(\.folded) == ["celik", "durres", ","])
  #expect(tokens.map(\.text) == ["ÇELIK", "Durrës", ","])
}

@Test(
  arguments: [
    ("add client \"Acme", 11),
    ("“Acme", 0),
    ("a \"b\" \"c", 6),
    ("\"", 0),
    ("👍🏽 \"x", 2),
  ] as [(String, Int)])
func unclosedQuoteIsAnErrorAtTheQuote(line: String, offset: Int) {
  #expect(throws: LexError(message: "unclosed quote", offset: offset)) {
    try Tokenizer.tokenize(line)
  }
}
