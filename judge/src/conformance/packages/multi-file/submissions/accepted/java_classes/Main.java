import util.Total;

public class Main {
    public static void main(String[] args) throws java.io.IOException {
        System.out.println(Total.of(new String(System.in.readAllBytes())));
    }
}
