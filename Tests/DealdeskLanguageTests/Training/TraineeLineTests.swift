import DealdeskLanguage
import Testing

/// What a trainee types during a practice negotiation, line → move.
@Suite struct TraineeLineTests {
  static func offer(_ d: Int? = nil, _ m: Int? = nil, net: Int? = nil, lead: Int? = nil, labelled: Bool = false, contingent: Bool = false) -> TraineeLine {
    .offer(TraineeOffer(discountPercent: d, meters: m, paymentDays: net, leadDays: lead, labelled: labelled, contingent: contingent))
  }

  static let rows: [(String, TraineeLine)] = [
    // The issue's own forms.
    ("offer 8% 2000m net 30 14 days", offer(8, 2000, net: 30, lead: 14)),
    ("offer 90 days if 3000m", offer(net: 90, lead: nil, contingent: true).with(meters: 3000)),
    ("ask about priorities", .askAboutPriorities),
    ("ask about alternatives", .askAboutAlternatives),
    ("accept", .accept),
    ("walk away", .walkAway),
    // Partial offers and other orders of the terms.
    ("offer 12%", offer(12)),
    ("offer 2,500 m", offer(nil, 2500)),
    ("offer net 60", offer(net: 60)),
    ("offer 21 days delivery", offer(lead: 21)),
    ("offer 10% off, 1500 metres, payment in 45 days, delivery within 30 days", offer(10, 1500, net: 45, lead: 30)),
    ("how about 12% off with 60 days to pay", offer(12, net: 60)),
    ("I can do 9% and 2000m", offer(9, 2000)),
    ("counter with 7% net 45 21 days", offer(7, net: 45, lead: 21)),
    ("8% 2000 net 30", offer(8, 2000, net: 30)),
    ("offer ten percent", offer(10)),
    ("offer 14-day delivery", offer(lead: 14)),
    ("offer 45 days net", offer(net: 45)),
    ("offer net30 7d", offer(net: 30, lead: 7)),
    ("offer net 30 45 days", offer(net: 30, lead: 45)),
    ("offer prepayment 5%", offer(5, net: 0)),
    ("offer lead time 21 days", offer(lead: 21)),
    // Conditions and reasons.
    ("offer 60 days provided you take 2500m", offer(nil, 2500, net: 60, contingent: true)),
    ("offer 10% as long as you order 3000m", offer(10, 3000, contingent: true)),
    ("offer 60 days because you are a long-standing client", offer(net: 60, labelled: true)),
    ("offer 5% as a thank you for the reorder", offer(5, labelled: true)),
    // Values the case will refuse still read as typed: the negotiation names what it allows.
    ("offer 25%", offer(25)),
    ("offer 1234 m", offer(nil, 1234)),
    ("offer net 17", offer(net: 17)),
    // Questions and phrases.
    ("what matters most to you?", .askAboutPriorities),
    ("what are your priorities?", .askAboutPriorities),
    ("do you have other quotes?", .askAboutAlternatives),
    ("Any competitor offers?", .askAboutAlternatives),
    ("my priorities are margin, then volume", .sharePriorities),
    ("share our priorities", .sharePriorities),
    ("OK, deal", .accept),
    ("we accept", .accept),
    ("it's a deal", .accept),
    ("no deal", .walkAway),
    ("I walk away", .walkAway),
    ("where are we", .status),
    ("help", .help),
    ("quit", .quit),
  ]

  @Test func everyRowReadsAsItsMove() throws {
    for (line, expected) in Self.rows {
      #expect(try TraineeLine.read(line).get() == expected, "\(line)")
    }
  }

  static let errors: [(String, String)] = [
    ("offer 30 days", "30 days to pay, or 30 days to deliver?"),
    ("offer 8.5%", "Discounts go in whole percents"),
    ("offer 300 yd", "The case is in whole metres"),
    ("offer 8% blue", "not “blue”"),
    ("offer 8% 12%", "two discount: 8 and 12"),
    ("offer", "Offer what?"),
    ("", "Say a move."),
    ("offer \"8%", "unclosed quote"),
  ]

  @Test func badLinesSayWhatWasWrong() {
    for (line, message) in Self.errors {
      guard case .failure(let error) = TraineeLine.read(line) else {
        Issue.record("\(line) was read")
        continue
      }
      #expect(error.message.contains(message), "\(line): \(error.message)")
    }
  }

  /// The caret goes under the word that did not fit.
  @Test func errorsPointAtTheWord() throws {
    guard case .failure(let error) = TraineeLine.read("offer 8% blue 2000m") else { throw Failure() }
    #expect(error.offset == 9)
  }

  @Test func acceptWithinAnOfferIsNotAccepting() throws {
    #expect(try TraineeLine.read("offer 8% if you accept 30 days delivery").get() == Self.offer(8, lead: 30, contingent: true))
  }

  struct Failure: Error {}
}

extension TraineeLine {
  fileprivate func with(meters: Int) -> TraineeLine {
    guard case .offer(var offer) = self else { return self }
    offer.meters = meters
    return .offer(offer)
  }
}

/// Generated lines through the trainee's reader: each is read or refused, never a crash,
/// and a refusal always says something.
@Suite struct TraineeLineFuzzTests {
  static let pieces = [
    "offer", "accept", "walk", "away", "ask", "about", "priorities", "if", "because", "as", "long", "net", "days",
    "delivery", "8%", "25%", "2000m", "2,000", "m", "yd", "30", "45", "90", "14-day", "7d", "net30", "prepayment",
    "?", ",", "\"", "'", "—", "🧵", "\u{0}", "\t", "-1", "1e9", "99999999999999999999", "½", "0.5%", "my", "your",
  ]

  @Test func aHundredThousandGeneratedLinesAreReadOrRefused() {
    var g = SplitMix64(state: 2026)
    var read = 0
    for _ in 0..<100_000 {
      var line = ""
      for i in 0..<g.below(8) {
        if i > 0, g.below(5) != 0 { line += " " }
        line += Self.pieces[g.below(Self.pieces.count)]
      }
      switch TraineeLine.read(line) {
      case .success: read += 1
      case .failure(let error): #expect(!error.message.isEmpty, "\(line)")
      }
    }
    #expect(read > 1_000 && read < 99_000, "both kinds occur: \(read) read")
  }
}
