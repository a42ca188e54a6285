package org.frontierledger.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.frontierledger.ui.admin.UsersView;
import org.frontierledger.ui.digest.DigestView;
import org.frontierledger.ui.eventlog.EventLogView;
import org.frontierledger.ui.figures.CapexView;
import org.frontierledger.ui.figures.ModelsView;
import org.frontierledger.ui.figures.ValuationsView;
import org.frontierledger.ui.ingest.IngestView;
import org.frontierledger.ui.overview.OverviewView;
import org.frontierledger.ui.prices.PricesView;
import org.frontierledger.ui.review.ReviewView;
import org.frontierledger.ui.search.SearchView;
import org.frontierledger.ui.sources.SourcesView;
import org.frontierledger.ui.subscriptions.SubscriptionsView;
import org.frontierledger.ui.timeline.TimelineView;

/** The shell of every view: a navigation drawer, the title bar, the user and a log-out button. */
@Layout
@StyleSheet("context://css/ledger.css")
@PermitAll
public class MainLayout extends AppLayout {
    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(createBrand(), createNavigation());
        addToNavbar(new DrawerToggle(), createUserBar());
    }

    private Span createBrand() {
        Span brand = new Span("Frontier Ledger");
        brand.getStyle()
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("display", "block");
        return brand;
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Overview", OverviewView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Timeline", TimelineView.class, VaadinIcon.TIMER.create()));
        nav.addItem(new SideNavItem("Prices per token", PricesView.class, VaadinIcon.DOLLAR.create()));
        nav.addItem(new SideNavItem("Capex", CapexView.class, VaadinIcon.FACTORY.create()));
        nav.addItem(new SideNavItem("Valuations & funding", ValuationsView.class, VaadinIcon.TRENDING_UP.create()));
        nav.addItem(new SideNavItem("Models", ModelsView.class, VaadinIcon.CUBES.create()));
        nav.addItem(new SideNavItem("Search claims", SearchView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Sources", SourcesView.class, VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem("Weekly digest", DigestView.class, VaadinIcon.NEWSPAPER.create()));
        if (authentication.hasRole("ANALYST")) {
            nav.addItem(new SideNavItem("Review queue", ReviewView.class, VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem("Ingest", IngestView.class, VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem("Subscriptions", SubscriptionsView.class, VaadinIcon.RSS.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Event log", EventLogView.class, VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem("Administration", UsersView.class, VaadinIcon.COG.create()));
        }
        return nav;
    }

    private HorizontalLayout createUserBar() {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(user, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return bar;
    }
}
