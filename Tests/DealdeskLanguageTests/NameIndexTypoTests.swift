import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The typo lookup finds exactly what comparing with every name finds.
struct NameIndexTypoTests {
  static let syllables = ["ka", "ro", "mi", "ta", "len", "do", "vi", "sa", "be", "no", "lu", "ç", "ß", "a", "e", "o"]

  @Test func lookupAgreesWithScanOnSlips() {
    var g = SplitMix64(state: 7)
    var desk = PhrasingDesk.desk
    var names: [String] = []
    for i in 0..<150 {
      var name = ""
      for _ in 0..<(1 + g.below(4)) { name += Self.syllables[g.below(Self.syllables.count)] }
      if g.below(2) == 0 { name += " " + ["Home", "Tex", "Mode", "Co", "Fabrics"][g.below(5)] }
      if g.below(4) == 0 { name += " \(g.below(300))" }
      names.append(name)
      desk.apply(.clientAdded(Client(id: "CL-\(100 + i)", name: name, addedAt: PhrasingDesk.now)))
    }
    let index = NameIndex(desk: desk)
    let letters = Array("abdeiklmnorstuvxyz ç")
    var checked = 0
    for name in names + ["Acme Textiles", "Bora Fabrics", "Linen 220", "LIN-220", "linen", "Denim 12oz"] {
      for _ in 0..<4 {
        var typed = Array(Fold.fold(name))
        for _ in 0..<(g.below(4)) {
          guard !typed.isEmpty else { break }
          let at = g.below(typed.count)
          switch g.below(4) {
          case 0: typed.remove(at: at)
          case 1: typed.insert(letters[g.below(letters.count)], at: at)
          case 2: typed[at] = letters[g.below(letters.count)]
          default: if at + 1 < typed.count { typed.swapAt(at, at + 1) }
          }
        }
        let text = String(typed).split(separator: " ").joined(separator: " ")
        let words = max(1, text.split(separator: " ").count)
        for kinds: Set<EntityRef.Kind> in [[.client], [.client, .product, .category]] {
          #expect(index.withinTypo(text, words: words, kinds: kinds) == index.withinTypoByScan(text, words: words, kinds: kinds), "\(text)")
          checked += 1
        }
      }
    }
    #expect(checked > 1_000)
  }
}
