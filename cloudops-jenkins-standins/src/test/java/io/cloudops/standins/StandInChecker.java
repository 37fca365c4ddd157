package io.cloudops.standins;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders every public/protected type and member of a stand-in source the way the listing writes
 * them and reports what the listing lacks.
 */
final class StandInChecker {

  static {
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
  }

  /**
   * Supertypes a stand-in may declare although the listing cannot show the path: real {@code Job}
   * extends {@code AbstractItem}, which implements {@code Item}; real {@code ParameterizedJob}
   * extends {@code BuildableItem}, which extends {@code Queue.Task}.
   */
  private static final java.util.Map<String, Set<String>> UNLISTED_PATHS =
      java.util.Map.of(
          "hudson.model.Job",
          Set.of("hudson.model.Item"),
          // real ParameterizedJob extends BuildableItem (not listed), which extends Queue.Task
          // (jenkins-2.541.3 core/src/main/java/hudson/model/BuildableItem.java)
          "jenkins.model.ParameterizedJobMixIn.ParameterizedJob",
          Set.of("hudson.model.Queue.Task"));

  private final SignatureListing listing;
  private final Set<String> standInTypes;

  /**
   * @param standInTypes fully qualified names of all stand-in types (for same-package references)
   */
  StandInChecker(SignatureListing listing, Set<String> standInTypes) {
    this.listing = listing;
    this.standInTypes = standInTypes;
  }

  /** Problems in one stand-in source; empty when it matches the real API. */
  List<String> check(String source) {
    CompilationUnit unit = StaticJavaParser.parse(source);
    List<String> problems = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      checkType(unit, type, problems);
    }
    return problems;
  }

  /** The fully qualified names of the types a source declares (nested ones included). */
  static List<String> declaredTypes(String source) {
    CompilationUnit unit = StaticJavaParser.parse(source);
    List<String> names = new ArrayList<>();
    for (Node node : unit.findAll(Node.class)) {
      if (node instanceof TypeDeclaration<?> type) {
        type.getFullyQualifiedName().ifPresent(names::add);
      }
    }
    return names;
  }

  private void checkType(CompilationUnit unit, TypeDeclaration<?> type, List<String> problems) {
    if (!isVisible(type, null)) {
      return;
    }
    String name = type.getFullyQualifiedName().orElseThrow();
    if (!listing.hasType(name)) {
      problems.add("type " + name + " is not in the listing");
      return;
    }
    Context context = new Context(unit, type);
    List<String> declaredSupertypes = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration decl) {
      decl.getExtendedTypes().forEach(t -> declaredSupertypes.add(erasure(context.render(t))));
      decl.getImplementedTypes().forEach(t -> declaredSupertypes.add(erasure(context.render(t))));
    }
    Set<String> realSupertypes = listing.supertypeClosure(name);
    for (String supertype : declaredSupertypes) {
      if (!realSupertypes.contains(supertype)
          && !UNLISTED_PATHS.getOrDefault(name, Set.of()).contains(supertype)) {
        problems.add(name + ": supertype " + supertype + " is not a supertype of the real type");
      }
    }
    boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    boolean hasConstructor = false;
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        checkType(unit, nested, problems);
        continue;
      }
      if (member instanceof ConstructorDeclaration) {
        hasConstructor = true;
      }
      for (String key : render(member, context, isInterface || type.isAnnotationDeclaration())) {
        if (!listing.hasMember(name, key, declaredSupertypes)) {
          problems.add(name + ": " + key + " is not in the listing");
        }
      }
    }
    if (type instanceof EnumDeclaration enumDecl) {
      Set<String> listed = listing.type(name).enumConstants();
      for (EnumConstantDeclaration constant : enumDecl.getEntries()) {
        if (!listed.contains(constant.getNameAsString())) {
          problems.add(name + ": enum constant " + constant.getNameAsString() + " is not listed");
        }
      }
    }
    if (!hasConstructor
        && type instanceof ClassOrInterfaceDeclaration c
        && !c.isInterface()
        && (c.isPublic() || c.isProtected())) {
      String key = SignatureListing.key("ctor", false, "", c.getNameAsString(), List.of());
      if (!listing.hasMember(name, key, List.of())) {
        problems.add(name + ": implicit " + key + " is not in the listing");
      }
    }
  }

  private List<String> render(BodyDeclaration<?> member, Context context, boolean inInterface) {
    List<String> keys = new ArrayList<>();
    if (member instanceof MethodDeclaration m && isVisible(m, inInterface)) {
      Context inner = context.with(m.getTypeParameters());
      keys.add(
          SignatureListing.key(
              "method",
              m.isStatic(),
              inner.render(m.getType()),
              m.getNameAsString(),
              params(m, inner)));
    } else if (member instanceof ConstructorDeclaration c && isVisible(c, false)) {
      Context inner = context.with(c.getTypeParameters());
      keys.add(SignatureListing.key("ctor", false, "", c.getNameAsString(), params(c, inner)));
    } else if (member instanceof FieldDeclaration f && isVisible(f, inInterface)) {
      for (VariableDeclarator variable : f.getVariables()) {
        keys.add(
            SignatureListing.key(
                "field",
                f.isStatic() || inInterface,
                context.render(variable.getType()),
                variable.getNameAsString(),
                null));
      }
    } else if (member instanceof AnnotationMemberDeclaration a) {
      keys.add(
          SignatureListing.key(
              "element", false, context.render(a.getType()), a.getNameAsString(), null));
    }
    return keys;
  }

  private static List<String> params(CallableDeclaration<?> callable, Context context) {
    List<String> params = new ArrayList<>();
    for (Parameter p : callable.getParameters()) {
      params.add(context.render(p.getType()) + (p.isVarArgs() ? "..." : ""));
    }
    return params;
  }

  private static boolean isVisible(Node node, Boolean inInterface) {
    if (Boolean.TRUE.equals(inInterface)) {
      return !((NodeWithModifiers<?>) node).hasModifier(Modifier.Keyword.PRIVATE);
    }
    if (node instanceof TypeDeclaration<?> type) {
      boolean parentIsInterface =
          type.getParentNode()
              .map(
                  p ->
                      (p instanceof ClassOrInterfaceDeclaration c && c.isInterface())
                          || p instanceof AnnotationDeclaration)
              .orElse(false);
      return type.isPublic() || type.isProtected() || (parentIsInterface && !type.isPrivate());
    }
    NodeWithModifiers<?> withModifiers = (NodeWithModifiers<?>) node;
    return withModifiers.hasModifier(Modifier.Keyword.PUBLIC)
        || withModifiers.hasModifier(Modifier.Keyword.PROTECTED);
  }

  private static String erasure(String type) {
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  /** Resolves simple type names like the compiler would, from one source file. */
  private final class Context {
    private final CompilationUnit unit;
    private final TypeDeclaration<?> type;
    private final Set<String> typeVariables;

    Context(CompilationUnit unit, TypeDeclaration<?> type) {
      this(unit, type, classTypeVariables(type));
    }

    private Context(CompilationUnit unit, TypeDeclaration<?> type, Set<String> typeVariables) {
      this.unit = unit;
      this.type = type;
      this.typeVariables = typeVariables;
    }

    Context with(List<TypeParameter> parameters) {
      Set<String> all = new HashSet<>(typeVariables);
      parameters.forEach(p -> all.add(p.getNameAsString()));
      return new Context(unit, type, all);
    }

    String render(Type t) {
      if (t instanceof ArrayType array) {
        return render(array.getComponentType()) + "[]";
      }
      if (t instanceof WildcardType wildcard) {
        if (wildcard.getExtendedType().isPresent()) {
          return "? extends " + render(wildcard.getExtendedType().get());
        }
        if (wildcard.getSuperType().isPresent()) {
          return "? super " + render(wildcard.getSuperType().get());
        }
        return "?";
      }
      if (t instanceof ClassOrInterfaceType c) {
        String base = resolve(c);
        Optional<com.github.javaparser.ast.NodeList<Type>> args = c.getTypeArguments();
        if (args.isEmpty()) {
          return base;
        }
        List<String> rendered = new ArrayList<>();
        args.get().forEach(a -> rendered.add(render(a)));
        return base + "<" + String.join(", ", rendered) + ">";
      }
      return t.asString();
    }

    private String resolve(ClassOrInterfaceType c) {
      List<String> segments = new ArrayList<>();
      for (ClassOrInterfaceType cur = c; cur != null; cur = cur.getScope().orElse(null)) {
        segments.add(0, cur.getNameAsString());
      }
      String first = segments.get(0);
      String rest =
          segments.size() == 1 ? "" : "." + String.join(".", segments.subList(1, segments.size()));
      if (segments.size() == 1 && typeVariables.contains(first)) {
        return first;
      }
      Optional<String> nested = nestedType(first);
      if (nested.isPresent()) {
        return nested.get() + rest;
      }
      for (ImportDeclaration imp : unit.getImports()) {
        if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(first)) {
          return imp.getNameAsString() + rest;
        }
      }
      String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      if (standInTypes.contains(pkg + first) || listing.hasType(pkg + first)) {
        return pkg + first + rest;
      }
      if (isJavaLang(first)) {
        return "java.lang." + first + rest;
      }
      return String.join(".", segments);
    }

    /** A type nested in the current type or one of its enclosing types, by simple name. */
    private Optional<String> nestedType(String simpleName) {
      for (Node node = type; node != null; node = node.getParentNode().orElse(null)) {
        if (node instanceof TypeDeclaration<?> enclosing) {
          if (enclosing.getNameAsString().equals(simpleName)) {
            return enclosing.getFullyQualifiedName();
          }
          for (BodyDeclaration<?> member : enclosing.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested
                && nested.getNameAsString().equals(simpleName)) {
              return nested.getFullyQualifiedName();
            }
          }
        }
      }
      return Optional.empty();
    }
  }

  private static Set<String> classTypeVariables(TypeDeclaration<?> type) {
    Set<String> names = new HashSet<>();
    for (Node node = type; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof ClassOrInterfaceDeclaration c) {
        c.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
        if (c.isStatic() || c.isInterface()) {
          break;
        }
      }
    }
    return names;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
