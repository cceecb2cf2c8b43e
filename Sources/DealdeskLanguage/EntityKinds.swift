/// The sets of kinds lines ask for, each made once. A set literal allocates and hashes its
/// members every time it is evaluated, and names are asked for at nearly every word.
extension Set where Element == EntityRef.Kind {
  static let clients: Self = [.client]
  static let products: Self = [.product]
  static let categories: Self = [.category]
  static let clientsAndProducts: Self = [.client, .product]
  static let fabrics: Self = [.product, .category]
  static let anyName: Self = [.client, .product, .category]
}
