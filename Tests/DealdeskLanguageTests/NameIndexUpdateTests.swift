import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The session adds names to its index in place rather than rebuilding it; an index kept up
/// to date that way must answer every lookup as one built from the finished desk.
struct NameIndexUpdateTests {
  static let syllables = ["ka", "ro", "mi", "ta", "len", "do", "vi", "sa", "be", "no", "lu", "tex", "mar"]

  @Test func anIndexKeptUpToDateAnswersAsARebuiltOne() {
    var g = SplitMix64(state: 11)
    var desk = PhrasingDesk.desk
    var kept = NameIndex(desk: desk)
    var typed: [String] = ["Acme", "acme tex", "Bora", "linen", "linen 22", "LIN-220", "denim", "Çelik"]
    func word() -> String {
      var w = ""
      for _ in 0..<(2 + g.below(2)) { w += Self.syllables[g.below(Self.syllables.count)] }
      return w.prefix(1).uppercased() + w.dropFirst()
    }
    for i in 0..<120 {
      switch g.below(3) {
      case 0:
        let client = Client(id: "CL-\(100 + i)", name: "\(word()) \(["Home", "Mode", "Fabrics"][g.below(3)])", addedAt: PhrasingDesk.now)
        desk.apply(.clientAdded(client))
        kept.add(client)
        typed.append(client.name)
      case 1:
        // A new category now and then: the index must learn it with its first product.
        let category = g.below(4) == 0 ? word().lowercased() : ["linen", "cotton", "silk"][g.below(3)]
        let product = Product(sku: "P-\(i)", name: "\(word()) \(100 + i)", category: category, listPrice: 10, rollLength: 50)
        desk.apply(.productAdded(product))
        kept.add(product)
        typed += [product.name, product.sku, category]
      default:
        let client = desk.clientsInOrder[g.below(desk.clients.count)]
        let alias = word().uppercased()
        // The desk refuses an alias that is already a name; so does this desk.
        guard !typed.contains(where: { Fold.fold($0) == Fold.fold(alias) }) else { continue }
        desk.apply(.clientAliasAdded(client: client.id, alias: alias))
        kept.add(alias: alias, of: client.id)
        typed.append(alias)
      }
    }
    let rebuilt = NameIndex(desk: desk)
    var checked = 0
    for name in typed {
      // The name itself, a prefix of it, and a slip in it.
      var slipped = Array(name)
      if slipped.count > 4 { slipped.swapAt(2, 3) }
      for text in [name, String(name.prefix(max(2, name.count - 3))), String(slipped)] {
        let tokens = (try? Tokenizer.tokenize(text)) ?? []
        for kinds: Set<EntityRef.Kind> in [[.client], [.product, .category], [.client, .product, .category]] {
          #expect(kept.match(tokens, at: 0, kinds: kinds) == rebuilt.match(tokens, at: 0, kinds: kinds), "\(text)")
          #expect(kept.completions(startingWith: text, kinds: kinds) == rebuilt.completions(startingWith: text, kinds: kinds))
          #expect(kept.closest(to: text, kinds: kinds) == rebuilt.closest(to: text, kinds: kinds))
          checked += 1
        }
      }
    }
    #expect(checked > 1_000)
  }
}
