package org.frontierledger.ui.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.frontierledger.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The login page; the only view open to anonymous users. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Frontier Ledger")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        Paragraph hint = new Paragraph("First start: the user is admin, with the password from LEDGER_ADMIN_PASSWORD"
                + " or the one printed once in the server log.");
        hint.getStyle()
                .set("max-width", "360px")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        add(new H1("Frontier Ledger"), login, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // Spring Security keeps the last login failure in the session: say so when the throttle refused it.
        WrappedSession session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (failed
                && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException t) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Too many failed logins");
            i18n.getErrorMessage().setMessage("Wait " + t.retryAfterSeconds() + " s before the next attempt.");
            login.setI18n(i18n);
        }
        login.setError(failed);
    }
}
