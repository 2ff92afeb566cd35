package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.ir.Node;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java path recorded with each bound name says where in the source the name came from. */
class JavaPathTest {
  static Stream<Arguments> paths() {
    return Stream.of(
        path(LocalIdioms.OperatorResult::new, "sum", "OperatorResult.new.sum"),
        path(FieldIdioms.AssignedInConstructor::new, "total", "AssignedInConstructor.total"),
        path(FieldIdioms.PortFields::new, "data", "PortFields.data"),
        path(HelperIdioms.HelperLocal::new, "r", "HelperLocal.new.r"),
        path(HelperIdioms.HelperLocalUnkept::new, "clipped", "HelperLocal.saturate.clipped"),
        path(HelperIdioms.StaticLocal::new, "odd", "Arithmetic.parity.odd"),
        path(HelperIdioms.ReturnedDirectly::new, "doubled", "ReturnedDirectly.new.doubled"),
        path(LambdaIdioms.WhenBody::new, "bumped", "WhenBody.new.bumped"),
        path(BundleIdioms.StaticFactory::new, "made_valid", "StaticFactory.new.made.valid"),
        path(ContainerIdioms.ConstantIndices::new, "ends_1", "ConstantIndices.new.ends.1"),
        path(ContainerIdioms.SparseFieldArray::new, "odd_3", "SparseFieldArray.odd.3"),
        path(ContainerIdioms.Grid::new, "grid_1_0", "Grid.grid.1.0"));
  }

  @ParameterizedTest(name = "{1} comes from {2}")
  @MethodSource("paths")
  void boundNameRecordsItsJavaPath(Supplier<? extends Component> top, String name, String javaPath) {
    Design design = Elaboration.elaborate(top);
    Node node = design.topModule().nodes().stream().filter(n -> name.equals(n.name())).findFirst().orElseThrow();
    assertEquals(javaPath, node.javaPath());
  }

  private static Arguments path(Supplier<? extends Component> top, String name, String javaPath) {
    return Arguments.of(top, name, javaPath);
  }
}
