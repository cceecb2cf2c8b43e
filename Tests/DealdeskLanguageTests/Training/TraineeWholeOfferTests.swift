import DealdeskLanguage
import Testing

/// The whole offer a practice names when a move leaves terms out (issue 22, item 7): the
/// trainee's own line with the missing terms added, which must read back as the same move
/// with every term named, the condition and the reason kept as they were.
@Suite struct TraineeWholeOfferTests {
  static let rows: [(line: String, added: [String], whole: String, read: TraineeOffer)] = [
    ("offer 10%", ["3000m", "net 0", "30 days delivery"], "offer 10%, 3000m, net 0, 30 days delivery",
     TraineeOffer(discountPercent: 10, meters: 3000, paymentDays: 0, leadDays: 30)),
    ("offer 10%.", ["3000m"], "offer 10%, 3000m", TraineeOffer(discountPercent: 10, meters: 3000)),
    ("offer 90 days if 3000m", ["0%", "30 days delivery"], "offer 90 days, 0%, 30 days delivery if 3000m",
     TraineeOffer(discountPercent: 0, meters: 3000, paymentDays: 90, leadDays: 30, contingent: true)),
    ("offer 21 days because you have ordered from us for years", ["3%", "2000m", "net 30"],
     "offer 21 days, 3%, 2000m, net 30 because you have ordered from us for years",
     TraineeOffer(discountPercent: 3, meters: 2000, paymentDays: 30, leadDays: 21, labelled: true)),
    ("offer 5% as a thank you for the reorder", ["1500m"], "offer 5%, 1500m as a thank you for the reorder",
     TraineeOffer(discountPercent: 5, meters: 1500, labelled: true)),
  ]

  @Test func theWholeOfferReadsBackWithEveryTermAndTheSameClauses() throws {
    for row in Self.rows {
      let whole = TraineeLine.adding(row.added, to: row.line)
      #expect(whole == row.whole, "\(row.line)")
      #expect(try TraineeLine.read(whole).get() == .offer(row.read), "\(whole)")
    }
  }

  /// The case words paying up front as "net 0" ("3,000 m · net 0 · 30 days"); a trainee who
  /// types it back was refused ("not “net”"), since the desk's own terms start at net 1.
  @Test func netZeroIsTheCasesOwnWordForPayingUpFront() throws {
    for line in ["offer net 0", "offer net0", "offer net 0 days"] {
      #expect(try TraineeLine.read(line).get() == .offer(TraineeOffer(paymentDays: 0)), "\(line)")
    }
  }
}
