@testable import DealdeskCore
import Foundation
import Testing

@Suite struct MoneyTests {
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  @Test(arguments: [
    ("12.40", "10", "11.16"), ("10.90", "12", "9.59"), ("8.60", "15", "7.31"), ("6.90", "8", "6.35"),
    ("12.40", "0", "12.40"), ("0.05", "50", "0.03"), ("19.99", "33.3", "13.33"),
  ])
  func discountedPriceIsRoundedHalfUpToTheCent(list: String, percent: String, net: String) {
    #expect(Money.discounted(d(list), percent: d(percent)) == d(net))
  }

  @Test func roundingIsHalfAwayFromZero() {
    #expect(Money.round(d("2.345")) == d("2.35"))
    #expect(Money.round(d("2.344")) == d("2.34"))
    #expect(Money.round(d("-2.345")) == d("-2.35"))
  }

  @Test func plainStringsHaveExactlyTwoDecimals() {
    #expect(Money.plain(d("12.4")) == "12.40")
    #expect(Money.plain(d("1234")) == "1234.00")
    #expect(Money.plain(d("0.005")) == "0.01")
  }

  @Test func yardsConvertExactly() {
    #expect(LengthUnit.yards.meters(300, rollLength: nil) == d("274.32"))
    #expect(LengthUnit.rolls.meters(4, rollLength: 50) == 200)
    #expect(LengthUnit.rolls.meters(4, rollLength: nil) == nil)
  }

  @Test func lineTotalIsQuantityTimesNetRoundedOnce() {
    let desk = Fixtures.desk()
    // 300 yd = 274.32 m at 11.16 = 3061.4112 → 3061.41
    let line = OfferLine(scope: .product(sku: "LIN-220"), meters: d("274.32"), discountPercent: 10)
    #expect(desk.price(line).first?.lineTotal == d("3061.41"))
  }
}

/// Dividing by a hundred by moving the exponent gives exactly what division gives.
@Suite struct HundredthTests {
  @Test func aHundredthIsExactlyTheQuotient() {
    var state: UInt64 = 12
    for _ in 0..<20_000 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let cents = Int64(bitPattern: state >> 20) % 10_000_000
      let percent = Int(state % 2_001)  // 0.0 … 200.0 in tenths
      let value = Decimal(cents) / 100 * (100 - Decimal(percent) / 10)
      #expect(Money.hundredth(of: value) == value / 100, "\(value)")
      #expect(Money.discounted(Decimal(cents) / 100, percent: Decimal(percent) / 10) == Money.round(value / 100))
    }
    #expect(Money.hundredth(of: 0) == 0)
    #expect(Money.hundredth(of: -1234) == Decimal(string: "-12.34"))
  }
}
