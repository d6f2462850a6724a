/** The demo city's organisation; other modules' demo data may use {@link vn.civic.org.demo.DemoAgencies}. */
@org.springframework.modulith.NamedInterface("demo")
package vn.civic.org.demo;
