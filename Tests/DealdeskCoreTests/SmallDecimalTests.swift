import Foundation
import Testing

@testable import DealdeskCore

/// Small decimals must give exactly what `Decimal` gives, or nothing: pricing falls back to
/// `Decimal` on nil, so a wrong answer here would be a wrong price.
@Suite struct SmallDecimalTests {
  /// Decimals of up to eight places and 18 digits, signs mixed, from a fixed seed.
  static func decimals(_ count: Int, seed: UInt64) -> [Decimal] {
    var state = seed
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    return (0..<count).map { _ in
      let digits = Int(next() % 19)
      var significand: UInt64 = 0
      for _ in 0..<digits { significand = significand * 10 + next() % 10 }
      let exponent = Int(next() % 14) - 10
      return Decimal(sign: next() % 4 == 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }
  }

  @Test func readsBackEveryValueItTakesExactly() {
    var taken = 0
    for value in Self.decimals(20_000, seed: 1) {
      guard let small = SmallDecimal(value) else {
        // Refused only for more than eight places or too large a value.
        #expect(value.exponent < -8 || abs(value) >= Decimal(92_233_720_368))
        continue
      }
      taken += 1
      #expect(small.decimal == value)
      #expect(small.decimal.description == value.description)
    }
    #expect(taken > 10_000)
  }

  /// The storage read is what pricing uses here; it must agree with the public reading.
  @Test func theStorageReadAgreesWithThePublicOne() {
    #expect(DecimalStorage.isReadable, "Foundation's Decimal layout changed: pricing falls back to the slower public reading")
    for value in Self.decimals(20_000, seed: 4) {
      let read = DecimalStorage.parts(of: value)
      if value.significand < Decimal(UInt64(1) << 62) {
        #expect(read?.significand == NSDecimalNumber(decimal: value.significand).uint64Value, "\(value)")
        #expect(read?.exponent == value.exponent, "\(value)")
      } else {
        #expect(read == nil, "\(value)")
      }
    }
    #expect(DecimalStorage.parts(of: .nan) == nil)
  }

  @Test func sumsProductsAndRoundingAgreeWithDecimal() {
    let values = Self.decimals(4_000, seed: 2)
    var checked = (sums: 0, products: 0, rounded: 0)
    for (a, b) in zip(values, values.dropFirst()) {
      guard let x = SmallDecimal(a), let y = SmallDecimal(b) else { continue }
      if let sum = x + y { #expect(sum.decimal == a + b); checked.sums += 1 }
      if let difference = x - y { #expect(difference.decimal == a - b) }
      if let product = x * y {
        #expect(product.decimal == a * b)
        checked.products += 1
      } else {
        // Refused only when Decimal's own product has more than eight places or is too large.
        let exact = a * b
        #expect(exact.exponent < -8 || abs(exact) >= Decimal(92_233_720_368) || exact.significand >= Decimal(UInt64(1) << 62))
      }
      for scale in [0, 1, 2, 4] {
        if let rounded = x.rounded(scale: scale) {
          #expect(rounded.decimal == Money.round(a, scale: scale), "\(a) to \(scale) places")
          checked.rounded += 1
        }
      }
    }
    #expect(checked.sums > 1_000 && checked.products > 200 && checked.rounded > 4_000)
  }

  /// `Money.grouped` as it was written before its byte-wise version: the reference.
  static func referenceGrouped(_ plain: String) -> String {
    let negative = plain.hasPrefix("-")
    let digits = negative ? String(plain.dropFirst()) : plain
    let parts = digits.split(separator: ".", maxSplits: 1).map(String.init)
    var whole = parts.first ?? "0"
    var groups = ""
    while whole.count > 3 {
      groups = "," + whole.suffix(3) + groups
      whole = String(whole.dropLast(3))
    }
    return (negative ? "-" : "") + whole + groups + (parts.count > 1 ? "." + parts[1] : "")
  }

  @Test func moneyIsWrittenAsBefore() {
    var written = 0
    for value in Self.decimals(10_000, seed: 5) {
      for scale in [0, 1, 2, 3, 8, 10] {
        let plain = Money.plain(value, scale: scale)
        #expect(plain == Money.plainByDescription(value, scale: scale), "\(value) to \(scale)")
        #expect(Money.grouped(plain) == Self.referenceGrouped(plain), "\(plain)")
        written += 1
      }
    }
    #expect(written == 60_000)
  }

  /// The margin percent worked in 128 bits is what Decimal's division and rounding give,
  /// including exact halves and margins below zero.
  @Test func marginPercentAgreesWithDecimal() throws {
    var pairs = zip(Self.decimals(3_000, seed: 6), Self.decimals(3_000, seed: 7)).map { (abs($0), abs($1)) }
    pairs += [("200", "175.5"), ("8", "7.9"), ("3", "2"), ("1000", "1000.5"), ("16", "14")].map { (Fixtures.d($0), Fixtures.d($1)) }
    var checked = 0
    for (revenue, cost) in pairs {
      guard revenue > 0, let r = SmallDecimal(revenue), let c = SmallDecimal(cost),
        let percent = SmallDecimal.percent(of: r, less: c)
      else { continue }
      let expected = Money.round((revenue - cost) * 100 / revenue, scale: 1)
      #expect(percent == expected, "\(revenue) less \(cost)")
      #expect(percent.description == expected.description, "\(revenue) less \(cost)")
      checked += 1
    }
    #expect(checked > 1_000)
  }

  @Test func decimalsAreWrittenAsTheirDescription() {
    var written = 0
    // A zero rounded to cents keeps its exponent ("0.00" read, or a line total of 0.001 m
    // at 1.00) and is described as "0".
    let zeros = ["0.00", "0.0", "-0.00"].map { Decimal(string: $0) ?? 1 } + [Money.round(Decimal(string: "0.001") ?? 1)]
    for value in Self.decimals(20_000, seed: 8) + zeros + [0, 1000, Decimal(string: "-0.05") ?? 0, Decimal(string: "1e17") ?? 0] {
      #expect(Money.trimmed(value) == value.description, "\(value)")
      if SmallDecimal.text(of: value) != nil { written += 1 }
    }
    #expect(written > 15_000)
  }

  @Test func roundsHalfAwayFromZero() {
    #expect(SmallDecimal(Decimal(string: "2.345")!)?.rounded(scale: 2)?.decimal == Decimal(string: "2.35"))
    #expect(SmallDecimal(Decimal(string: "-2.345")!)?.rounded(scale: 2)?.decimal == Decimal(string: "-2.35"))
    #expect(SmallDecimal(Decimal(string: "2.344999")!)?.rounded(scale: 2)?.decimal == Decimal(string: "2.34"))
  }

  /// A category priced through small decimals gives, product by product, the net price and
  /// margins the `Decimal` formulas give.
  @Test func pricingAgreesWithTheDecimalFormulas() {
    var desk = Desk()
    let prices = Self.decimals(600, seed: 3).map { abs($0) }.filter { $0 > 0 && $0 < 100_000 }
    for (i, price) in prices.enumerated() {
      var product = Product(sku: "P-\(i)", name: "Fabric \(i)", category: "linen", listPrice: Money.round(price, scale: i % 5))
      product.cost = Money.round(price * Decimal(string: "0.6")!, scale: 2)
      desk.apply(.productAdded(product))
    }
    for percent in ["0", "7.5", "12", "33.33", "99.99"].map({ Decimal(string: $0)! }) {
      let line = OfferLine(scope: .category("linen"), discountPercent: percent)
      var revenue: Decimal = 0, cost: Decimal = 0
      for priced in desk.price(line) {
        #expect(priced.netPrice == Money.discounted(priced.product.listPrice, percent: percent))
        revenue += priced.netPrice
        cost += priced.product.cost ?? 0
      }
      let terms = Terms(lines: [line])
      #expect(desk.marginPercent(of: terms) == Money.round((revenue - cost) * 100 / revenue, scale: 1))
    }
  }

  /// The margin floor judged on each product in small decimals gives what `Decimal` gives,
  /// right at the floor too (a margin of exactly 20% is not below a 20% floor).
  @Test func theMarginFloorAgreesWithDecimal() {
    let values = Self.decimals(3_000, seed: 5).map { abs($0) }.filter { $0 > 0 && $0 < 1_000_000 }
    let floors = ["0", "20", "25.5", "33.333", "99.99"].map { Decimal(string: $0)! }
    for (i, net) in values.enumerated() {
      let cost = values[(i * 7 + 3) % values.count]
      for floor in floors {
        #expect(MarginFloor.isBelow(net: net, cost: cost, floor: floor) == MarginFloor.isBelowByDecimal(net: net, cost: cost, floor: floor))
      }
    }
    // 10.00 with cost 8.00 keeps exactly 20%.
    #expect(!MarginFloor.isBelow(net: 10, cost: 8, floor: 20))
    #expect(MarginFloor.isBelow(net: Decimal(string: "9.99")!, cost: 8, floor: 20))
  }
}
