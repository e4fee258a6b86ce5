package app.ductape.sessions.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells a failed startup which {@code ductape.*} property to set (registered in {@code spring.factories}). */
final class DuctapeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<DuctapeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DuctapeConfigurationException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
