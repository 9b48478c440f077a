import ProbisModel
extension DOTEncoder {
    func kedudukan(_ type: OrganizationType, diagram: Diagram) -> DOTGraph { DOTGraph(name: diagram.id) }
    func petaProses(_ map: PetaProses, diagram: Diagram) -> DOTGraph { DOTGraph(name: diagram.id) }
    func petaSubproses(_ map: PetaSubproses, diagram: Diagram) -> DOTGraph { DOTGraph(name: diagram.id) }
    func petaRelasi(_ map: PetaRelasi, diagram: Diagram) -> DOTGraph { DOTGraph(name: diagram.id) }
}
