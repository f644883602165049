#!/usr/bin/env bash
# Fails when the build or the code brings in payment processing: payment SDKs (Stripe, PayPal,
# Braintree, Square, Adyen, Authorize.Net: their artifacts, packages and script hosts) or
# card-number / CVV input fields. Words such as "PayPal" in text that refuses payments are fine.
# Prints file paths only, never the matching text. Usage: guard-no-payments.sh [root]
set -uo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 2

sdk='(com\.stripe|stripe-java|js\.stripe\.com|@stripe/|com\.paypal|paypal-(java-)?sdk|paypalobjects\.com|paypal\.com/sdk|@paypal/|com\.braintreegateway|braintree-(web|java)|js\.braintreegateway\.com|com\.squareup:square|com\.squareup\.square|squareup\.com/v2|web\.squarecdn\.com|com\.adyen|adyen-java|@adyen/|checkoutshopper.*adyen|net\.authorize|anet-java-sdk|authorizenet|js\.authorize\.net)'
fields='(autocomplete=["'"'"']cc-(number|csc|exp)|name=["'"'"'](card_?number|card-number|cc_?number|cvv|cvc|cvv2|security_?code)["'"'"']|id=["'"'"'](card_?number|cvv|cvc)["'"'"'])'

files=$(find . -type f \( -name '*.xml' -o -name '*.java' -o -name '*.js' -o -name '*.html' -o -name '*.json' -o -name '*.properties' -o -name '*.yml' -o -name '*.yaml' -o -name '*.gradle' \) \
  -not -path './target/*' -not -path './.git/*' -not -path './node_modules/*' -not -path './data/*' -not -path '*/test-data/*' \
  -not -path './src/test/resources/payment-guard/*' 2>/dev/null)

found=0
for f in $files; do
  if grep -qiE "$sdk" "$f" 2>/dev/null; then
    echo "payment SDK reference: $f"
    found=1
  fi
  case "$f" in
    *.html|*.js)
      if grep -qiE "$fields" "$f" 2>/dev/null; then
        echo "card input field: $f"
        found=1
      fi ;;
  esac
done

if [ "$found" -ne 0 ]; then
  echo "guard-no-payments: FAIL (this product never takes payments; booking is redirect-only or request capture)"
  exit 1
fi
echo "guard-no-payments: PASS"
