import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Competitor prices as a manager hears them on a call: a verb or none, a dash, several
/// fabrics at once, a client passing a quote on, and the questions about them. Read on the
/// phrasing desk with Tekstil Plus and Aegean Mills already on record.
@Suite struct CompetitorPhrasingTests {
  static let acme = PhrasingDesk.acme
  static let desk: Desk = {
    var desk = PhrasingDesk.desk
    for (competitor, sku, price) in [("Tekstil Plus", "POP-WHT", "6.20"), ("Aegean Mills", "LIN-220", "11.80")] {
      desk.apply(.competitorPriceNoted(CompetitorPrice(competitor: competitor, sku: sku, price: dec(price), at: PhrasingDesk.now)))
    }
    return desk
  }()

  static func noted(_ competitor: String, _ quotes: [(String, String)], note: String? = nil) -> Expected {
    .intent(.command(.noteCompetitorPrices(competitor: competitor, quotes: quotes.map { CompetitorQuote(sku: $0.0, price: dec($0.1)) },
                                           note: note)))
  }
  static func prices(sku: String? = nil, category: String? = nil, of competitor: String? = nil) -> Expected {
    ask(.competitors(sku: sku, category: category, competitor: competitor))
  }

  static let heard: [Row] = [
    Row("tekstil plus sells poplin 6.20", on: desk, noted("Tekstil Plus", [("POP-WHT", "6.20")])),
    Row("competitor Drin Mills has linen 220 for 11.50/m", on: desk, noted("Drin Mills", [("LIN-220", "11.50")])),
    Row("competitor drin mills sells linen 220 at 11.50", on: desk, noted("drin mills", [("LIN-220", "11.50")])),
    Row("Drin Mills has linen 220 at 11.50", on: desk, noted("Drin Mills", [("LIN-220", "11.50")])),
    Row("lanificio sella quoted wool flannel 19.90/m", on: desk, noted("lanificio sella", [("WFL-300", "19.90")])),
    Row("Lanificio Sella - wool flannel 19.90/m", on: desk, noted("Lanificio Sella", [("WFL-300", "19.90")])),
    Row("lanificio sella - wool flannel 19.90, net 90", on: desk, noted("lanificio sella", [("WFL-300", "19.90")], note: "net 90")),
    Row("rival gives poplin white at 6.00", on: desk, noted("rival", [("POP-WHT", "6.00")])),
    Row("Rival gave denim 12oz for 8.10", on: desk, noted("Rival", [("DNM-12", "8.10")])),
    Row("tekstil plus poplin white 6.10", on: desk, noted("Tekstil Plus", [("POP-WHT", "6.10")])),
    Row("tekstil plus: poplin white 6.10", on: desk, noted("Tekstil Plus", [("POP-WHT", "6.10")])),
    Row("Tekstil Plus cotton jersey 6.95/m and poly satin 4.80/m", on: desk,
        noted("Tekstil Plus", [("JRS-180", "6.95"), ("SAT-PLY", "4.80")])),
    Row("tekstil plus poplin white 6.10, cotton jersey 7.00, net 60", on: desk,
        noted("Tekstil Plus", [("POP-WHT", "6.10"), ("JRS-180", "7.00")], note: "net 60")),
    Row("aegean mills linen 220 11.20 + linen 180 9.90", on: desk, noted("Aegean Mills", [("LIN-220", "11.20"), ("LIN-180", "9.90")])),
    Row("aegean mills sells linen 220 at 11.20 and canvas 380 at 8.90", on: desk,
        noted("Aegean Mills", [("LIN-220", "11.20"), ("CNV-380", "8.90")])),
    Row("Turkish mill offered Bora denim 12oz at 7.80", on: desk, noted("Turkish mill", [("DNM-12", "7.80")], note: "offered to Bora Fabrics")),
    Row("acme got quote from Fabrika Ilir: canvas 380 8.90, min 500m", on: desk,
        noted("Fabrika Ilir", [("CNV-380", "8.90")], note: "via Acme Textiles; min 500m")),
    Row("acme got a quote from Fabrika Ilir: canvas 380 8.90", on: desk, noted("Fabrika Ilir", [("CNV-380", "8.90")], note: "via Acme Textiles")),
    Row("bora received an offer from Rival - poplin white 5.90", on: desk, noted("Rival", [("POP-WHT", "5.90")], note: "via Bora Fabrics")),
    // Refused, never half-read.
    Row("tekstil plus sells velvet at 9/m", on: desk, .anyError),
    Row("tekstil plus has poplin white", on: desk, fails("At what price per metre?", "e.g. Tekstil Plus sells Poplin White at 11.00")),
    Row("tekstil plus poplin white 6.10 and", on: desk, .anyError),
    Row("tekstil plus poplin white 6.10 and poplin white 6.00", on: desk, noted("Tekstil Plus", [("POP-WHT", "6.10"), ("POP-WHT", "6.00")])),
    Row("acme got a quote from: canvas 380 8.90", on: desk, fails("Which competitor, and what did they quote?", "e.g. Acme got a quote from Tekstil Plus: linen 220 11.00")),
    Row("Tekstil Plus charges 11.00/yd for linen 220", on: desk, fails("Give the competitor's price per metre.", "e.g. Tekstil Plus sells Linen 220 at 11.00")),
  ]

  static let asked: [Row] = [
    Row("tekstil plus prices?", on: desk, prices(of: "Tekstil Plus")),
    Row("tekstil plus?", on: desk, prices(of: "Tekstil Plus")),
    Row("Tekstil Plus prices on poplin white", on: desk, prices(sku: "POP-WHT", of: "Tekstil Plus")),
    Row("aegean mills prices linen", on: desk, prices(category: "linen", of: "Aegean Mills")),
    Row("competitor prices linen", on: desk, prices(category: "linen")),
    Row("competitors for linen", on: desk, prices(category: "linen")),
    Row("competitors on poplin white", on: desk, prices(sku: "POP-WHT")),
    Row("which competitors we have on file", on: desk, prices()),
    Row("which competitors do we have", on: desk, prices()),
    Row("who is cheaper than us on poplin white", on: desk, prices(sku: "POP-WHT")),
    Row("whos cheaper on linen 220", on: desk, prices(sku: "LIN-220")),
    Row("how far we are from tekstil plus on poplin", on: desk, prices(sku: "POP-WHT", of: "Tekstil Plus")),
    Row("how far are we from aegean mills on linen 220", on: desk, prices(sku: "LIN-220", of: "Aegean Mills")),
    Row("competitors tekstil plus", on: desk, prices(of: "Tekstil Plus")),
    Row("who is cheaper than us on velvet", on: desk, .anyError),
  ]

  @Test(arguments: heard) func heardOnACall(_ row: Row) { row.check() }
  @Test(arguments: asked) func askedAbout(_ row: Row) { row.check() }
}
