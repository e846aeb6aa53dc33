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
import org.antlr.v4.runtime.atn.PredictionMode;

/** Parses the bytes of a unit file into its {@link UnitFile} syntax tree. Never throws on bad input. */
public final class UnitFileParser {

    /**
     * The grammar accepts every token sequence the lexer produces, so ANTLR's error recovery
     * never has anything to do; its {@code sync()} still ran before every token of every
     * loop, about a tenth of the parse time in a profile. Real errors would still be reported
     * (and then found by the tests), just without the look-ahead resynchronisation. One per
     * parse: an error strategy keeps recovery state, so it must not be shared across threads.
     */
    private static final class NoResync extends DefaultErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
            // Nothing to resynchronise: see above.
        }
    }

    private UnitFileParser() {
    }

    public static UnitFile parse(String path, byte[] bytes) {
        SourceText source = SourceText.decode(bytes);
        List<SyntaxProblem> grammarErrors = new ArrayList<>();
        BaseErrorListener collector = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                    int charPositionInLine, String msg, RecognitionException e) {
                grammarErrors.add(new SyntaxProblem(SyntaxProblem.Kind.PARSER_ERROR,
                        Span.lineStart(Math.max(1, line)), msg));
            }
        };
        SystemdUnitLexer lexer = new SystemdUnitLexer(CharStreams.fromString(source.text(), path));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collector);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        SystemdUnitParser parser = new SystemdUnitParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(collector);
        // The grammar is LL(1) but for runs of leading blanks; SLL never needs the full-context fallback.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new NoResync());
        SystemdUnitParser.UnitFileContext tree = parser.unitFile();
        return new SyntaxTreeBuilder(path, source, tokens).build(tree, grammarErrors);
    }
}
