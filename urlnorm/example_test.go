package urlnorm_test

import (
	"encoding/json"
	"fmt"

	"github.com/mizugiwa/mizugiwa/urlnorm"
)

func ExampleNormalize() {
	for _, raw := range []string{
		"http://www.bank.co.jp@0xCB.0x0.0x71.0x07/login",
		"ｗｗｗ．例え．ｊｐ/campaign?mail=taro%40example.jp",
		"https://www.google.co.jp/url?q=http%3A%2F%2F%2565vil.example.com%2F",
	} {
		u, err := urlnorm.Normalize(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(u.Normalized, u.Domain, u.Tricks, u.MatchKey)
	}
	_, err := urlnorm.Normalize("http://999.1.1.1/")
	fmt.Println(err)
	// Output:
	// http://203.0.113.7/login 203.0.113.7 [userinfo numeric_ip] 203.0.113.7/login
	// http://www.xn--r8jz45g.jp/campaign?mail=taro%40example.jp xn--r8jz45g.jp [idn query_token] www.xn--r8jz45g.jp/campaign?mail=*
	// http://evil.example.com/ example.com [escape redirect] evil.example.com/
	// urlnorm: "http://999.1.1.1/": IPv4 part out of range: not a web URL
}

func ExampleURL_json() {
	u, _ := urlnorm.Normalize("http://ime.nu/www.example.com/")
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	u, _ = urlnorm.Normalize("www.example.com")
	b, _ = json.Marshal(u)
	fmt.Println(string(b))
	// Output:
	// {"input":"http://ime.nu/www.example.com/","normalized":"http://www.example.com/","host":"www.example.com","domain":"example.com","tricks":["redirect"],"redirect_target":"http://www.example.com/","redirector":"ime.nu","match_key":"www.example.com/"}
	// {"input":"www.example.com","normalized":"http://www.example.com/","host":"www.example.com","domain":"example.com","tricks":[],"match_key":"www.example.com/"}
}
