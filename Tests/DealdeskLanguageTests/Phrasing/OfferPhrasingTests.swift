import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Making offers: the slot-filled offer line, read against every ground rule.
@Suite struct OfferPhrasingTests {
  static let acme = PhrasingDesk.acme
  static let linen = OfferScope.category("linen")

  static let wordOrder: [Row] = [
    Row("offer Acme 10% on linen", offer(acme, pct(10, on: linen))),
    Row("offer 10% on linen to Acme", offer(acme, pct(10, on: linen))),
    Row("offer linen 10% to Acme", offer(acme, pct(10, on: linen))),
    Row("offer Acme linen at 10% off", offer(acme, pct(10, on: linen))),
    Row("offer Acme linen, 10% off", offer(acme, pct(10, on: linen))),
    Row("please offer the linen at 10% off to Acme", offer(acme, pct(10, on: linen))),
    Row("please offer Acme 10% off the linen", offer(acme, pct(10, on: linen))),
    Row("offer to Acme 10% on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme Textiles 10% on linen", offer(acme, pct(10, on: linen))),
    Row("offer 10% on linen to Acme Textiles, please.", offer(acme, pct(10, on: linen))),
    Row("Offer ACME 10% ON LINEN", offer(acme, pct(10, on: linen))),
    Row("quote Acme 10% on linen", offer(acme, pct(10, on: linen))),
    Row("propose Acme 10% on linen", offer(acme, pct(10, on: linen))),
    Row("make an offer to Acme: 10% on linen", offer(acme, pct(10, on: linen))),
    Row("new offer for Acme 10% on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme a 10% discount on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% discount on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme a discount of 10% on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% on linen", client: PhrasingDesk.bora, offer(acme, pct(10, on: linen))),
    Row("offer 10% on linen", client: PhrasingDesk.bora, offer(PhrasingDesk.bora, pct(10, on: linen))),
    Row("offer 10% on linen", fails("Which client?", "Name one, e.g. offer Acme 10% on linen")),
  ]

  /// What an offer covers: everything, a category, a product, several.
  static let scope: [Row] = [
    Row("offer Acme 10% on fabric", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10% on everything", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10% on all fabrics", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10% on the whole catalog", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10%", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10% off", offer(acme, pct(10, on: .all))),
    Row("offer Acme 10% on cotton", offer(acme, pct(10, on: .category("cotton")))),
    Row("offer Acme 10% on Cotton", offer(acme, pct(10, on: .category("cotton")))),
    Row("offer Acme 10% on denim", offer(acme, pct(10, on: .category("denim")))),
    Row("offer Acme 10% on linen 220", offer(acme, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Acme 10% on LIN-220", offer(acme, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Acme 10% on lin-220", offer(acme, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Acme 10% on Linen 22O", offer(acme, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Acme 10% on linnen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% on poplin", offer(acme, pct(10, on: .product(sku: "POP-WHT")))),
    Row("offer Acme 10% on cotton twill", offer(acme, pct(10, on: .product(sku: "TWL-280")))),
    Row("offer Acme 10% on silk habotai", offer(acme, pct(10, on: .product(sku: "SLK-H90")))),
    Row("offer Acme 10% on Silk Habotai 9O", offer(acme, pct(10, on: .product(sku: "SLK-H90")))),
    Row("offer Acme 10% on denim 12oz", offer(acme, pct(10, on: .product(sku: "DNM-12")))),
    Row("offer Acme 10% on \"linen\"", offer(acme, pct(10, on: linen))),
    Row(
      "offer Acme 10% on linen and 5% on cotton",
      offer(acme, pct(10, on: linen), pct(5, on: .category("cotton")))),
    Row(
      "offer Acme 10% on linen, 5% on silk",
      offer(acme, pct(10, on: linen), pct(5, on: .category("silk")))),
    Row(
      "offer Acme 10% on linen and cotton",
      offer(acme, pct(10, on: linen), pct(10, on: .category("cotton")))),
    Row(
      "offer Acme 8% on linen 220 and linen 180",
      offer(acme, pct(8, on: .product(sku: "LIN-220")), pct(8, on: .product(sku: "LIN-180")))),
    Row(
      "offer Acme linen and cotton at 10% off",
      offer(acme, pct(10, on: linen), pct(10, on: .category("cotton")))),
    Row("offer Acme 10% on all linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% on all the linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% on it", fails("I read `offer Acme 10% on` but not `it`.", "Type it without those words; `help` lists what each command takes.")),
    Row("offer our linen to Acme at 10% off", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% on lin", .ambiguity(["Linen 180", "Linen 220", "linen", "Linen Cotton 55/45"])),
  ]

  /// "Linen House" the client against linen the category.
  static let linenHouse: [Row] = [
    Row("offer Linen House 10% on linen", offer(PhrasingDesk.linenHouse, pct(10, on: linen))),
    Row("offer \"Linen House\" 10% on linen", offer(PhrasingDesk.linenHouse, pct(10, on: linen))),
    Row("offer linen house 10% on \"linen\"", offer(PhrasingDesk.linenHouse, pct(10, on: linen))),
    Row("offer 10% on linen to Linen House", offer(PhrasingDesk.linenHouse, pct(10, on: linen))),
    Row("offer Linen House 10% on linen 220", offer(PhrasingDesk.linenHouse, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Acme 10% on linen", client: PhrasingDesk.linenHouse, offer(acme, pct(10, on: linen))),
    Row("offer 10% on linen", client: PhrasingDesk.linenHouse, offer(PhrasingDesk.linenHouse, pct(10, on: linen))),
  ]

  /// Every other client, named the ways the rules allow.
  static let clients: [Row] = [
    Row("offer Çelik 10% on linen", offer(PhrasingDesk.celik, pct(10, on: linen))),
    Row("offer ÇELIK TEKSTIL 10% on linen", offer(PhrasingDesk.celik, pct(10, on: linen))),
    Row("offer celik 10% on linen", offer(PhrasingDesk.celik, pct(10, on: linen))),
    Row("offer Atelier Lumiere 10% on silk", offer(PhrasingDesk.atelier, pct(10, on: .category("silk")))),
    Row("offer atelier 10% on silk", offer(PhrasingDesk.atelier, pct(10, on: .category("silk")))),
    Row("offer 10% on linen 220 to Atelier Lumière", offer(PhrasingDesk.atelier, pct(10, on: .product(sku: "LIN-220")))),
    Row("offer Nordic 5% on workwear", offer(PhrasingDesk.nordic, pct(5, on: .category("workwear")))),
    Row("offer Acmee 5% on silk", offer(acme, pct(5, on: .category("silk")))),
    Row("offer Akme 5% on silk", offer(acme, pct(5, on: .category("silk")))),
    Row("offer Bora Fabrcs 5% on silk", offer(PhrasingDesk.bora, pct(5, on: .category("silk")))),
    Row("offer acme tex 5% on silk", offer(acme, pct(5, on: .category("silk")))),
  ]

  /// Percent written every way the rules list.
  static let percent: [Row] = [
    Row("offer Acme 10 % on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10 percent on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10 pct on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10 per cent on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme ten percent on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme twenty percent on linen", offer(acme, pct(20, on: linen))),
    Row("offer Acme Ten Percent on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 10% off linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 12.5% on linen", offer(acme, pct(dec("12.5"), on: linen))),
    Row("offer Acme %10 on linen", offer(acme, pct(10, on: linen))),
    Row("offer Acme 7% on linen", offer(acme, pct(7, on: linen))),
  ]

  /// Quantities and prices: numbers, money and units.
  static let quantities: [Row] = [
    Row("offer Acme 500m linen 220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500 m linen 220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500 metres of linen 220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500 meters of linen 220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500 mtrs linen 220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 300 yd linen 220 at 11.50", offer(acme, line("LIN-220", meters: dec("274.32"), price: dec("11.50")))),
    Row("offer Acme 300 yards of linen 220 at 11.50", offer(acme, line("LIN-220", meters: dec("274.32"), price: dec("11.50")))),
    Row("offer Acme 300yd linen 220 at 11.50", offer(acme, line("LIN-220", meters: dec("274.32"), price: dec("11.50")))),
    Row("offer Acme 20 rolls linen 220 at 11.50", offer(acme, line("LIN-220", meters: 1000, price: dec("11.50")))),
    Row("offer Acme 20 rolls of linen 220 at 11.50", offer(acme, line("LIN-220", meters: 1000, price: dec("11.50")))),
    Row("offer Acme twenty rolls of poplin at 6", offer(acme, line("POP-WHT", meters: 2000, price: 6))),
    Row("offer Acme 1 roll of poplin at 6", offer(acme, line("POP-WHT", meters: 100, price: 6))),
    Row("offer Acme 5k m linen 220 at 11", offer(acme, line("LIN-220", meters: 5000, price: 11))),
    Row("offer Acme 5,000m linen 220 at 11", offer(acme, line("LIN-220", meters: 5000, price: 11))),
    Row("offer Acme 5 000 m linen 220 at 11", offer(acme, line("LIN-220", meters: 5000, price: 11))),
    Row("offer Acme 5000 metres linen 220 at 11", offer(acme, line("LIN-220", meters: 5000, price: 11))),
    Row("offer Acme 1.5k m of linen 220 at 11", offer(acme, line("LIN-220", meters: 1500, price: 11))),
    Row("offer Acme ten metres of linen 220 at 11", offer(acme, line("LIN-220", meters: 10, price: 11))),
    Row("offer Acme 500m linen 220 at 12,40", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at €12.40", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 €12.40", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at 12.40 eur", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at EUR 12.40", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at 12.40/m", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 12.40/m", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at 12.40 per metre", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 for 12.40 a metre", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 @ 12.40", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme 500m linen 220 at 12.40€", offer(acme, line("LIN-220", meters: 500, price: dec("12.40")))),
    Row("offer Acme linen 220 at 11.50", offer(acme, line("LIN-220", price: dec("11.50")))),
    Row("offer Acme linen 220 for 11.50", offer(acme, line("LIN-220", price: dec("11.50")))),
    Row("offer Acme 11.50 for linen 220", offer(acme, line("LIN-220", price: dec("11.50")))),
    Row("offer Acme linen 220 500m at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme linen 220 at 11.50 for 500m", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500m of LIN-220 at 11.50", offer(acme, line("LIN-220", meters: 500, price: dec("11.50")))),
    Row("offer Acme 500m of pop-wht at 6.50", offer(acme, line("POP-WHT", meters: 500, price: dec("6.50")))),
    Row(
      "quote Acme 500m of linen 220 and 200m poplin, 8% off, net 30, valid 7 days",
      offer(acme, line("LIN-220", meters: 500, percent: 8), line("POP-WHT", meters: 200, percent: 8), terms: .net(days: 30), days: 7)),
    Row(
      "quote Acme 500m linen 220 at 11.50 and 200m poplin at 6.20",
      offer(acme, line("LIN-220", meters: 500, price: dec("11.50")), line("POP-WHT", meters: 200, price: dec("6.20")))),
    Row(
      "quote Acme 500m linen 220 at 11.50, 200m poplin 10% off",
      offer(acme, line("LIN-220", meters: 500, price: dec("11.50")), line("POP-WHT", meters: 200, percent: 10))),
    Row("offer Acme 500m linen 220 10% off", offer(acme, line("LIN-220", meters: 500, percent: 10))),
    Row("offer Acme 500m linen 220 at 12.40 usd", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("offer Acme 500m linen 220 at $12.40", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("offer Acme 500m linen 220 at £12.40", fails("This desk works in EUR, not GBP.", "Give the amount in EUR.")),
    Row("offer Acme 500m linen 220 at USD 12.40", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("offer Acme 500m linen 220 at 1200 ALL", fails("This desk works in EUR, not ALL.", "Give the amount in EUR.")),
    Row(
      "offer Acme 500m at 11.50",
      fails("A quantity or price is there but not which product.", "Try: offer Acme 500m linen 220 at 11.50")),
    Row(
      "offer Acme 500m linen",
      fails("A quantity needs one product, not a whole category.", "Try: offer Acme 500m linen 220 at 11.50")),
    Row("offer Acme 3 rolls of muslin at 3", fails("Muslin has no roll length on record.", "Give the quantity in metres.")),
  ]

  /// Each line keeps its own discount, price and quantity (issue 15, item 1): a percent
  /// after lines is theirs, one before a fabric is that fabric's, and a percent, price or
  /// quantity that no line takes is refused, never dropped.
  static let perLine: [Row] = [
    Row(
      "offer Acme 500m linen 220 10% off, 200m poplin 5% off",
      offer(acme, line("LIN-220", meters: 500, percent: 10), line("POP-WHT", meters: 200, percent: 5))),
    Row(
      "offer Acme 500m linen 220 10% off 200m poplin 5% off",
      offer(acme, line("LIN-220", meters: 500, percent: 10), line("POP-WHT", meters: 200, percent: 5))),
    Row(
      "offer Acme 500m linen 220 at 11.50, 200m poplin 5% off, 100m canvas 380 8% off",
      offer(
        acme, line("LIN-220", meters: 500, price: dec("11.50")), line("POP-WHT", meters: 200, percent: 5),
        line("CNV-380", meters: 100, percent: 8))),
    Row("offer Acme linen 10% and cotton 5%", offer(acme, pct(10, on: linen), pct(5, on: .category("cotton")))),
    Row(
      "offer Acme linen 220 and linen 180 8% off",
      offer(acme, pct(8, on: .product(sku: "LIN-220")), pct(8, on: .product(sku: "LIN-180")))),
    Row(
      "offer Acme 8%, 500m linen 220 5% off, 200m poplin",
      offer(acme, line("LIN-220", meters: 500, percent: 5), line("POP-WHT", meters: 200, percent: 8))),
    Row(
      "offer Acme 500m linen 220 10% off, 200m poplin",
      fails(
        "200 m Poplin White has no discount or price of its own, and the discount before it was read for 500 m Linen 220 10% off.",
        "Give it one (200 m Poplin White 0% off, or at a price), or one discount for every line at the end after a comma: …, 8% off")),
    Row(
      "offer Acme 500m linen 220 at 11.50 10% off",
      fails(
        "I read 10% but not which line it is for: every line has its own discount or price.",
        "Put it on a line, e.g. offer Acme 500m linen 220 10% off, 200m poplin 5% off")),
    Row(
      "offer Acme linen, 10% off, 5% off",
      fails(
        "I read 5% but not which line it is for: every line has its own discount or price.",
        "Put it on a line, e.g. offer Acme 500m linen 220 10% off, 200m poplin 5% off")),
    Row(
      "offer Acme 10% 5% on linen",
      fails(
        "I read 10% but not which line it is for: every line has its own discount or price.",
        "Put it on a line, e.g. offer Acme 500m linen 220 10% off, 200m poplin 5% off")),
    Row("offer Acme 10%, 5%", fails("Two discounts, 10% and 5%, for the same lines.", "Give each line one discount.")),
    Row("offer Acme 10% on 5% on linen", fails("Two discounts, 10% and 5%, for one line.", "Give each line one discount.")),
    Row(
      "offer Acme 500m 200m linen 220",
      fails("Two quantities, and no product between them.", "Try: offer Acme 500m linen 220, 200m poplin")),
  ]

  /// Payment terms, validity and lead time.
  static let terms: [Row] = [
    Row("offer Acme 10% on linen net 30", offer(acme, pct(10, on: linen), terms: .net(days: 30))),
    Row("offer Acme 10% on linen, net 60", offer(acme, pct(10, on: linen), terms: .net(days: 60))),
    Row("offer Acme 10% on linen net30", offer(acme, pct(10, on: linen), terms: .net(days: 30))),
    Row("offer Acme 10% on linen net 45 days", offer(acme, pct(10, on: linen), terms: .net(days: 45))),
    Row("offer Acme 10% on linen 30 days", offer(acme, pct(10, on: linen), terms: .net(days: 30))),
    Row("offer Acme 10% on linen 30 days net", offer(acme, pct(10, on: linen), terms: .net(days: 30))),
    Row("offer Acme 10% on linen prepayment", offer(acme, pct(10, on: linen), terms: .prepayment)),
    Row("offer Acme 10% on linen with prepayment", offer(acme, pct(10, on: linen), terms: .prepayment)),
    Row("offer Acme 10% on linen prepaid", offer(acme, pct(10, on: linen), terms: .prepayment)),
    Row("offer Acme 10% on linen, payment in advance", offer(acme, pct(10, on: linen), terms: .prepayment)),
    Row("offer Acme 10% on linen cash on delivery", offer(acme, pct(10, on: linen), terms: .cashOnDelivery)),
    Row("offer Acme 10% on linen COD", offer(acme, pct(10, on: linen), terms: .cashOnDelivery)),
    Row("offer Acme 10% on linen valid 7 days", offer(acme, pct(10, on: linen), days: 7)),
    Row("offer Acme 10% on linen valid for 10 days", offer(acme, pct(10, on: linen), days: 10)),
    Row("offer Acme 10% on linen valid 2 weeks", offer(acme, pct(10, on: linen), days: 14)),
    Row("offer Acme 10% on linen valid a week", offer(acme, pct(10, on: linen), days: 7)),
    Row("offer Acme 10% on linen good for 10 days", offer(acme, pct(10, on: linen), days: 10)),
    Row("offer Acme 10% on linen valid until 15 dec", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 15))),
    Row("offer Acme 10% on linen valid until Dec 15", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 15))),
    Row("offer Acme 10% on linen valid till 15 December", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 15))),
    Row("offer Acme 10% on linen valid until 2026-12-15", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 15))),
    Row("offer Acme 10% on linen valid until friday", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 4))),
    Row("offer Acme 10% on linen valid until tomorrow", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 1))),
    Row("offer Acme 10% on linen valid until end of month", offer(acme, pct(10, on: linen), until: endOf(2026, 11, 30))),
    Row("offer Acme 10% on linen valid until 15 jan", offer(acme, pct(10, on: linen), until: endOf(2027, 1, 15))),
    Row("offer Acme 10% on linen valid until 15 dec 17:00", offer(acme, pct(10, on: linen), until: at(2026, 12, 15, 17, 0))),
    Row("offer Acme 10% on linen valid until next week", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 7))),
    Row("offer Acme 10% on linen expires friday", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 4))),
    Row("offer Acme 10% on linen till friday", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 4))),
    Row("offer Acme 10% on linen until friday", offer(acme, pct(10, on: linen), until: endOf(2026, 12, 4))),
    Row("offer Acme 10% on linen, lead time 14 days", offer(acme, pct(10, on: linen), lead: 14)),
    Row("offer Acme 10% on linen delivery in 2 weeks", offer(acme, pct(10, on: linen), lead: 14)),
    Row("offer Acme 10% on linen ships in 10 days", offer(acme, pct(10, on: linen), lead: 10)),
    Row(
      "offer Acme ten percent on everything prepayment valid until 15 dec",
      offer(acme, pct(10, on: .all), terms: .prepayment, until: endOf(2026, 12, 15))),
    Row(
      "offer Acme 10% on linen, net 30, valid 7 days, lead time 3 weeks",
      offer(acme, pct(10, on: linen), terms: .net(days: 30), lead: 21, days: 7)),
    Row(
      "offer valid 7 days net 60 10% on linen to Acme",
      offer(acme, pct(10, on: linen), terms: .net(days: 60), days: 7)),
    Row("offer Acme 10% on linen valid until 31 feb", fails("There is no 31 February.", "e.g. valid 7 days, valid until 15 dec")),
    Row("offer Acme 10% on linen valid until 2026-13-01", fails("There is no month 13.", "e.g. valid 7 days, valid until 15 dec")),
    Row("offer Acme 10% on linen for 2 weeks", fails("For how long: valid 14 days, or payment net 14?", "Say valid 14 days or net 14.")),
    Row("offer Acme 10% on linen for 30 days", fails("For how long: valid 30 days, or payment net 30?", "Say valid 30 days or net 30.")),
    Row("offer Acme 10% on linen valid", fails("Valid for how long?", "e.g. valid 7 days, valid until 15 dec")),
    Row("offer Acme 10% on linen valid until someday", fails("Valid for how long?", "e.g. valid 7 days, valid until 15 dec")),
    Row("offer Acme 10% on linen lead time soon", fails("How many days of lead time?", "e.g. lead time 14 days")),
  ]

  /// Listing offers by asking: the open ones show when each expires.
  static let asking: [Row] = [
    Row("which offers expire this week", ask(.offers(client: nil, openOnly: true))),
    Row("which offers expire this week?", ask(.offers(client: nil, openOnly: true))),
    Row("what offers are expiring", ask(.offers(client: nil, openOnly: true))),
    Row("offers expiring soon", ask(.offers(client: nil, openOnly: true))),
    Row("expiring offers", ask(.offers(client: nil, openOnly: true))),
    Row("any open offers", ask(.offers(client: nil, openOnly: true))),
    Row("what's in the pipeline", ask(.offers(client: nil, openOnly: true))),
    Row("what's open for Acme", ask(.offers(client: acme, openOnly: true))),
    Row("which offers are still open for Bora", ask(.offers(client: PhrasingDesk.bora, openOnly: true))),
    Row("what offers does Acme have", ask(.offers(client: acme, openOnly: false))),
    Row("what offers have we made to Bora", ask(.offers(client: PhrasingDesk.bora, openOnly: false))),
    Row("which offers expire for Zeta", fails("I don't know \"Zeta\" here.", "`clients` lists the clients.")),
  ]

  @Test(arguments: asking) func askingAboutOffers(_ row: Row) { row.check() }
  @Test(arguments: wordOrder) func wordOrderIsFree(_ row: Row) { row.check() }
  @Test(arguments: scope) func whatAnOfferCovers(_ row: Row) { row.check() }
  @Test(arguments: linenHouse) func aClientNamedLikeACategory(_ row: Row) { row.check() }
  @Test(arguments: clients) func namingTheClient(_ row: Row) { row.check() }
  @Test(arguments: percent) func percentWrittenAnyWay(_ row: Row) { row.check() }
  @Test(arguments: quantities) func quantitiesAndPrices(_ row: Row) { row.check() }
  @Test(arguments: terms) func paymentValidityAndLeadTime(_ row: Row) { row.check() }
  @Test(arguments: perLine) func eachLineKeepsItsOwnTerms(_ row: Row) { row.check() }

  /// The offer's client becomes the client in context.
  @Test func anOfferPutsItsClientInContext() throws {
    let understood = try Parser.parse("offer 10% on linen to Çelik", context: PhrasingDesk.context(client: PhrasingDesk.bora))
    #expect(understood.client == PhrasingDesk.celik)
  }
}
