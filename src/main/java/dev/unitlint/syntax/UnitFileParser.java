package dev.unitlint.syntax;

import dev.unitlint.grammar.SystemdUnitLexer;
import dev.unitlint.grammar.SystemdUnitParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Parses the bytes of a unit file into its {@link UnitFile} syntax tree. Never throws on bad input. */
public final class UnitFileParser {

    /**
     * The grammar accepts every token sequence the lexer produces, so ANTLR's error recovery
     * never has anything to do; its {@code sync()} still ran before every token of every
     * loop, about a tenth of the parse time in a profile. Real errors would still be reported
     * (and then found by the tests), just without the look-ahead resynchronisation.
     */
    private static final class NoResync extends DefaultErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
            // Nothing to resynchronise: see above.
        }
    }

    /**
     * A lexer and parser, reused for every file a thread parses (ANTLR's DFA caches are shared
     * anyway; this saves setting up its simulators per file).
     */
    private static final class Machinery {
        final SystemdUnitLexer lexer = new SystemdUnitLexer(null);
        final SystemdUnitParser parser = new SystemdUnitParser(null);
        final List<SyntaxProblem> errors = new ArrayList<>();

        Machinery() {
            BaseErrorListener collector = new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                        int charPositionInLine, String msg, RecognitionException e) {
                    errors.add(new SyntaxProblem(SyntaxProblem.Kind.PARSER_ERROR, Span.lineStart(Math.max(1, line)), msg));
                }
            };
            lexer.removeErrorListeners();
            lexer.addErrorListener(collector);
            parser.removeErrorListeners();
            parser.addErrorListener(collector);
            // The grammar is LL(1) but for runs of leading blanks; SLL never needs the full-context fallback.
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new NoResync());
            // Lines are taken one at a time (see parse), so ANTLR need not keep a tree of them.
            parser.setBuildParseTree(false);
        }
    }

    private static final ThreadLocal<Machinery> MACHINERY = ThreadLocal.withInitial(Machinery::new);

    private UnitFileParser() {
    }

    public static UnitFile parse(String path, byte[] bytes) {
        SourceText source = SourceText.decode(bytes);
        Machinery m = MACHINERY.get();
        m.errors.clear();
        m.lexer.setInputStream(CharStreams.fromString(source.text(), path));
        // A fresh token stream per file: a reused one would keep the largest file's token array.
        CommonTokenStream tokens = new CommonTokenStream(m.lexer);
        m.parser.setTokenStream(tokens);
        SyntaxTreeBuilder builder = new SyntaxTreeBuilder(path, source, tokens);
        try {
            // The grammar's start rule is "unitFile: line* EOF"; taking each line as the parser
            // finishes it lets the builder turn it into the model at once, without a parse tree.
            while (tokens.LA(1) != Token.EOF) {
                int before = tokens.index();
                builder.add(m.parser.line());
                if (tokens.index() == before) {
                    // Cannot happen with this grammar (every token sequence is accepted), but a
                    // line that consumed nothing must not loop forever.
                    m.errors.add(new SyntaxProblem(SyntaxProblem.Kind.PARSER_ERROR,
                            Span.lineStart(Math.max(1, tokens.LT(1).getLine())), "unexpected token"));
                    tokens.consume();
                }
            }
            return builder.build(List.copyOf(m.errors));
        } finally {
            // Drop this file's text and tokens: the machinery outlives the parse.
            m.lexer.setInputStream(null);
            m.parser.setTokenStream(null);
        }
    }
}
