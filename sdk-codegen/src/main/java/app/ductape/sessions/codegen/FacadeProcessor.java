package app.ductape.sessions.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the asynchronous and the raw-response twins of a synchronous facade marked
 * {@link GenerateFacades}: for each {@link FacadeCall} method, a method of the same name and parameters
 * that runs the same call definition ({@code calls.name(..., requestOptions)}) with
 * {@code executeAsync} or {@code executeRaw}, and the same Javadoc adapted to what it returns. A call is
 * thus declared once, in the synchronous facade, and the three cannot drift apart.
 */
@SupportedAnnotationTypes("app.ductape.sessions.codegen.GenerateFacades")
public final class FacadeProcessor extends AbstractProcessor {
    private static final String REQUEST_OPTIONS = "app.ductape.sessions.RequestOptions";
    private static final String LISTING = "app.ductape.sessions.transport.Listing";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(GenerateFacades.class)) {
            TypeElement facade = (TypeElement) element;
            GenerateFacades names = facade.getAnnotation(GenerateFacades.class);
            List<Call> calls = calls(facade);
            String pkg = ((PackageElement) facade.getEnclosingElement()).getQualifiedName().toString();
            write(pkg, names.async(), new Twin(Twin.Kind.ASYNC, facade, names, calls).source(pkg));
            write(pkg, names.raw(), new Twin(Twin.Kind.RAW, facade, names, calls).source(pkg));
        }
        return true;
    }

    /** A call of the facade: its method and what the generator needs to know of it. */
    record Call(ExecutableElement method, String doc, boolean takesRequestOptions, boolean listing) {}

    private List<Call> calls(TypeElement facade) {
        List<Call> calls = new ArrayList<>();
        for (Element member : facade.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD || member.getAnnotation(FacadeCall.class) == null) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            if (!method.getModifiers().contains(Modifier.PUBLIC) || method.getModifiers().contains(Modifier.STATIC)) {
                error(method, "a @FacadeCall must be a public instance method");
                continue;
            }
            String doc = processingEnv.getElementUtils().getDocComment(method);
            if (doc == null || doc.isBlank()) {
                error(method, "a @FacadeCall needs Javadoc: the generated twins carry it");
                continue;
            }
            List<? extends VariableElement> parameters = method.getParameters();
            boolean takesOptions = !parameters.isEmpty()
                && parameters.get(parameters.size() - 1).asType().toString().equals(REQUEST_OPTIONS);
            boolean listing = method.getReturnType().getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) method.getReturnType()).asElement()).getQualifiedName()
                    .contentEquals(LISTING);
            calls.add(new Call(method, doc, takesOptions, listing));
        }
        return calls;
    }

    private void write(String pkg, String simpleName, String source) {
        try (Writer writer = processingEnv.getFiler().createSourceFile(pkg + "." + simpleName).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + simpleName, e);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** One generated facade. */
    private static final class Twin {
        enum Kind { ASYNC, RAW }

        private final Kind kind;
        private final TypeElement facade;
        private final GenerateFacades names;
        private final List<Call> calls;
        private final Set<String> imports = new TreeSet<>();
        private String pkg;

        Twin(Kind kind, TypeElement facade, GenerateFacades names, List<Call> calls) {
            this.kind = kind;
            this.facade = facade;
            this.names = names;
            this.calls = calls;
        }

        String source(String pkg) {
            this.pkg = pkg;
            String name = kind == Kind.ASYNC ? names.async() : names.raw();
            StringBuilder body = new StringBuilder();
            for (Call call : calls) {
                if (kind == Kind.RAW && call.listing()) {
                    continue;
                }
                method(call, body);
            }
            imports.add("app.ductape.sessions.transport.HttpApiClient");
            imports.add(REQUEST_OPTIONS);
            StringBuilder out = new StringBuilder("package ").append(pkg).append(";\n\n");
            for (String type : imports) {
                if (!type.startsWith(pkg + ".") || type.substring(pkg.length() + 1).contains(".")) {
                    out.append("import ").append(type).append(";\n");
                }
            }
            out.append("\n").append(Docs.classDoc(kind == Kind.ASYNC, facade.getSimpleName().toString()))
                .append("@javax.annotation.processing.Generated(\"").append(FacadeProcessor.class.getName())
                .append("\")\npublic final class ").append(name).append(" {\n")
                .append("    private final HttpApiClient api;\n")
                .append("    private final ").append(names.calls()).append(" calls;\n\n")
                .append("    ").append(name).append("(HttpApiClient api, ").append(names.calls())
                .append(" calls) {\n        this.api = api;\n        this.calls = calls;\n    }\n")
                .append(body).append("}\n");
            return out.toString();
        }

        private void method(Call call, StringBuilder out) {
            ExecutableElement method = call.method();
            TypeMirror returned = method.getReturnType();
            String result;
            String invoke;
            List<String> arguments = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            for (VariableElement parameter : method.getParameters()) {
                parameters.add(type(parameter.asType()) + " " + parameter.getSimpleName());
                arguments.add(parameter.getSimpleName().toString());
            }
            if (!call.takesRequestOptions()) {
                arguments.add("RequestOptions.none()");
            }
            String definition = "calls." + method.getSimpleName() + "(" + String.join(", ", arguments) + ")";
            if (call.listing()) {
                imports.add("app.ductape.sessions.transport.AsyncListing");
                result = "AsyncListing<" + type(((DeclaredType) returned).getTypeArguments().get(0)) + ">";
                invoke = definition + ".async(api)";
            } else {
                String value = returned.getKind() == TypeKind.VOID ? "Void" : type(returned);
                if (kind == Kind.ASYNC) {
                    imports.add("java.util.concurrent.CompletableFuture");
                    result = "CompletableFuture<" + value + ">";
                    invoke = "api.executeAsync(" + definition + ")";
                } else {
                    imports.add("app.ductape.sessions.RawResponse");
                    result = "RawResponse<" + value + ">";
                    invoke = "api.executeRaw(" + definition + ")";
                }
            }
            out.append("\n").append(Docs.methodDoc(call.doc(), kind == Kind.ASYNC, call.listing()))
                .append("    public ").append(result).append(" ").append(method.getSimpleName()).append("(")
                .append(String.join(", ", parameters)).append(") {\n        return ").append(invoke)
                .append(";\n    }\n");
        }

        /** The type as source, its classes imported. */
        private String type(TypeMirror type) {
            if (type.getKind().isPrimitive()) {
                return type.toString();
            }
            if (type.getKind() != TypeKind.DECLARED) {
                return type.toString();
            }
            DeclaredType declared = (DeclaredType) type;
            TypeElement element = (TypeElement) declared.asElement();
            String qualified = element.getQualifiedName().toString();
            if (!qualified.startsWith("java.lang.") || qualified.substring(10).contains(".")) {
                imports.add(qualified);
            }
            StringBuilder name = new StringBuilder(element.getSimpleName());
            if (!declared.getTypeArguments().isEmpty()) {
                List<String> arguments = new ArrayList<>();
                for (TypeMirror argument : declared.getTypeArguments()) {
                    arguments.add(type(argument));
                }
                name.append('<').append(String.join(", ", arguments)).append('>');
            }
            return name.toString();
        }
    }
}
